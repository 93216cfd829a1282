package org.docuportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.docuportal.web.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every bean kept in the HTTP session (view, session and conversation scope) survives being
 * written on one server and read on another: the session is distributable and the data grid
 * copies it after a request, so a request that lands on the next server finds the page's state.
 *
 * <p>Checked from the compiled classes, field by field and into the portal's own types, because
 * a field that fails only shows on the second server: an entity or a helper that cannot be
 * serialized breaks the copy, and an injected service marked {@code transient} comes back as
 * {@code null} (CDI does not inject again after deserialization; EJB and CDI proxies serialize).
 */
class PassivatingBeansTest {

    /** Value types of the JDK that serialize; collections and maps are checked through their type arguments. */
    private static final Set<Class<?>> JDK_VALUES = Set.of(String.class, Boolean.class, Integer.class, Long.class,
            Short.class, Byte.class, Double.class, Float.class, Character.class, BigDecimal.class,
            java.math.BigInteger.class, java.util.UUID.class, java.util.Locale.class, java.net.URI.class,
            java.time.Instant.class, java.time.LocalDate.class, java.time.LocalDateTime.class,
            java.time.LocalTime.class, java.time.OffsetDateTime.class, java.time.ZonedDateTime.class,
            java.time.Duration.class, java.time.Period.class, java.time.YearMonth.class, java.time.Year.class,
            java.time.ZoneId.class, java.util.Currency.class);

    @Test
    void thePortalHasSessionKeptBeansAndEachOneIsSerializable() throws Exception {
        List<Class<?>> beans = passivatingBeans();
        assertTrue(beans.size() >= 20, "found only " + beans + "; is the scan looking at the web module's classes?");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Field field : fields(bean)) {
                check(bean, field, problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aFreshlyMadeBeanWithItsInitialValuesSurvivesSerialization() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : passivatingBeans()) {
            var constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                    out.writeObject(instance);
                }
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                    in.readObject();
                }
            } catch (IOException e) {
                problems.add(bean.getSimpleName() + ": " + e);
            }
        }
        assertEquals(List.of(), problems, "initial values such as new PriceGrid() are written with the bean");
    }

    @Test
    void theCheckNoticesAnInjectedTransientServiceAndANonSerializableField() {
        List<String> problems = new ArrayList<>();
        for (Field field : fields(Broken.class)) {
            check(Broken.class, field, problems);
        }
        assertEquals(3, problems.size(), problems.toString());
    }

    private static void check(Class<?> bean, Field field, List<String> problems) {
        String where = bean.getSimpleName() + "." + field.getName();
        boolean injected = field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class);
        boolean isTransient = Modifier.isTransient(field.getModifiers());
        if (injected) {
            if (isTransient) {
                problems.add(where + " is injected but transient: null after the session moves to another server");
            }
            return;
        }
        if (!isTransient) {
            serializable(field.getGenericType(), where, new HashSet<>(), problems);
        }
    }

    /** Whether values of this declared type serialize, looking into the portal's own classes. */
    private static void serializable(Type type, String where, Set<Type> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == List.class || raw == Set.class || raw == Collection.class || raw == Map.class) {
                for (Type argument : parameterized.getActualTypeArguments()) {
                    serializable(argument, where + "<>", seen, problems);
                }
                return;
            }
            serializable(raw, where, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                serializable(argument, where + "<>", seen, problems);
            }
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                serializable(bound, where, seen, problems);
            }
            return;
        }
        if (type instanceof GenericArrayType array) {
            serializable(array.getGenericComponentType(), where + "[]", seen, problems);
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isPrimitive() || raw.isEnum() || JDK_VALUES.contains(raw)) {
            return;
        }
        if (raw.isArray()) {
            serializable(raw.getComponentType(), where + "[]", seen, problems);
            return;
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(where + " holds a " + raw.getName() + ", which is not Serializable");
            return;
        }
        if (raw.getName().startsWith("org.docuportal.")) {
            for (Field field : fields(raw)) {
                if (!Modifier.isTransient(field.getModifiers())) {
                    serializable(field.getGenericType(), where + "." + field.getName(), seen, problems);
                }
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static List<Class<?>> passivatingBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(Messages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, PassivatingBeansTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError notLoadable) {
                    continue;
                }
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                        || type.isAnnotationPresent(ConversationScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    /** What the check must refuse: a transient service, a thread, and a list of non-serializable things. */
    @SuppressWarnings("unused")
    private static final class Broken implements Serializable {
        private static final long serialVersionUID = 1L;
        @Inject
        private transient Messages messages;
        private Thread worker;
        private List<Object> things;
        private transient Thread ignored;
        @Inject
        private Messages fine;
        private Map<String, List<Long>> alsoFine;
    }
}
