package org.docuportal.web.api.contract;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;

/**
 * The JAX-RS resource methods of the API, found by scanning its package on the class path, keyed
 * by HTTP method and path template as the OpenAPI document writes them ({@code GET /api/titles/{slug}}).
 */
final class ResourceOperations {

    private static final Logger LOG = Logger.getLogger(ResourceOperations.class.getName());
    private static final String PACKAGE = "org.docuportal.web.api";

    /** One resource method and the class that declares it. */
    record ResourceMethod(Class<?> resource, Method method) {
    }

    private ResourceOperations() {
    }

    static Map<String, ResourceMethod> scan(ClassLoader loader) {
        List<Class<?>> classes = classes(loader);
        String root = classes.stream().map(c -> c.getAnnotation(ApplicationPath.class)).filter(a -> a != null)
                .map(ApplicationPath::value).findFirst().orElse("");
        Map<String, ResourceMethod> operations = new HashMap<>();
        for (Class<?> type : classes) {
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = normalize("/" + root + "/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()));
                operations.put(key(verb, path), new ResourceMethod(type, method));
            }
        }
        return operations;
    }

    static String key(String verb, String path) {
        return verb.toUpperCase(java.util.Locale.ROOT) + " " + normalize(path);
    }

    /** Collapses slashes, drops a trailing one, and reduces {@code {name: regex}} templates to {@code {name}}. */
    static String normalize(String path) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '{') {
                int depth = 1;
                int j = i + 1;
                StringBuilder name = new StringBuilder();
                boolean inName = true;
                while (j < path.length() && depth > 0) {
                    char d = path.charAt(j);
                    if (d == '{') {
                        depth++;
                    } else if (d == '}') {
                        depth--;
                    } else if (d == ':' && depth == 1) {
                        inName = false;
                    } else if (inName && depth == 1) {
                        name.append(d);
                    }
                    j++;
                }
                out.append('{').append(name.toString().strip()).append('}');
                i = j;
            } else {
                if (!(c == '/' && out.length() > 0 && out.charAt(out.length() - 1) == '/')) {
                    out.append(c);
                }
                i++;
            }
        }
        if (out.length() > 1 && out.charAt(out.length() - 1) == '/') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static List<Class<?>> classes(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        String folder = PACKAGE.replace('.', '/');
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            for (URL url : Collections.list(roots)) {
                if ("file".equals(url.getProtocol())) {
                    Path base = Path.of(url.toURI());
                    try (Stream<Path> files = Files.walk(base)) {
                        files.filter(p -> p.toString().endsWith(".class")).forEach(p -> names.add(PACKAGE + "."
                                + base.relativize(p).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "")));
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            if (entry.getName().startsWith(folder + "/") && entry.getName().endsWith(".class")) {
                                names.add(entry.getName().replace('/', '.').replaceAll("\\.class$", ""));
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            LOG.log(Level.WARNING, "Could not list the API's classes; /openapi stays as the scanner made it", e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.contains("$")) {
                continue;
            }
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.log(Level.FINE, "Skipped " + name, e);
            }
        }
        return classes;
    }
}
