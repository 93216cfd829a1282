package org.docuportal.web.api.contract;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.web.api.contract.ResourceOperations.ResourceMethod;
import org.docuportal.web.api.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document that Payara's scanner builds from the annotations, so that
 * {@code /openapi} is a contract a client (or a fuzzer) can rely on. The scanner leaves out what the
 * Java code already says — it types {@code long} as a number and {@code Instant} as an object, knows
 * nothing of types from other modules, gives two records of the same simple name one schema, and
 * repeats method names as operation ids — so this filter derives those facts from the resource
 * methods themselves, found by their JAX-RS annotations:
 * <ul>
 * <li>request and response schemas from the parameter and return types (records, lists, enums,
 *     dates), with the constraints of {@code @Schema} annotations on record components;</li>
 * <li>security from {@code @RolesAllowed}/{@code @PermitAll} (the roles as {@code x-roles}); a
 *     {@code @PermitAll} method that still wants a caller says so with {@code @Extension(name =
 *     "x-sign-in", value = "required" | "optional")};</li>
 * <li>the problem+json answers every operation can give (400, 401, 403, 404, 406, 415, 500 as they
 *     apply) besides those the method's {@code @APIResponse}s name.</li>
 * </ul>
 * What the code cannot say — summaries, descriptions, an operation's own errors, the body type of
 * a method that takes a raw {@code String} or returns a {@code Response} — stays in the annotations.
 */
public class ApiContractFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiContractFilter.class.getName());
    static final String PROBLEM = Problem.MEDIA_TYPE;
    static final String SIGN_IN = "x-sign-in";
    /** Every way a caller can prove who they are; any one of them will do. */
    static final List<String> SCHEMES = List.of("basic", "token", "session");

    private record Access(boolean signInRequired, boolean signInOptional, List<String> roles) {
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<String, ResourceMethod> methods = ResourceOperations.scan(ApiContractFilter.class.getClassLoader());
        if (methods.isEmpty() || api.getPaths() == null) {
            return;
        }
        JsonSchemas schemas = new JsonSchemas();
        schemas.component(Problem.class);
        api.servers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("This portal; every path below starts with /api"))));
        tags(api);
        securitySchemes(api);
        Map<String, PathItem> paths = new LinkedHashMap<>();
        for (var entry : new TreeMap<>(api.getPaths().getPathItems()).entrySet()) {
            String path = ResourceOperations.normalize(entry.getKey());
            for (var operation : entry.getValue().getOperations().entrySet()) {
                ResourceMethod method = methods.get(ResourceOperations.key(operation.getKey().name(), path));
                if (method == null) {
                    LOG.warning("No resource method answers " + operation.getKey() + " " + path + "; its description stays as scanned.");
                    continue;
                }
                complete(operation.getValue(), method, path, schemas);
            }
            paths.put(path, entry.getValue());
        }
        api.getPaths().setPathItems(paths);
        api.getComponents().setSchemas(new TreeMap<>(schemas.components()));
    }

    private static void tags(OpenAPI api) {
        if (api.getTags() == null) {
            return;
        }
        Map<String, Tag> unique = new TreeMap<>();
        api.getTags().forEach(t -> unique.merge(t.getName(), t, (a, b) -> a.getDescription() != null ? a : b));
        api.tags(new ArrayList<>(unique.values()));
    }

    private static void securitySchemes(OpenAPI api) {
        if (api.getComponents() == null) {
            api.components(OASFactory.createComponents());
        }
        Map<String, SecurityScheme> schemes = new TreeMap<>();
        if (api.getComponents().getSecuritySchemes() != null) {
            schemes.putAll(api.getComponents().getSecuritySchemes());
        }
        schemes.putIfAbsent("session", OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                .description("The session cookie of a person signed in on /login.xhtml; the pages' own calls use it."));
        api.getComponents().setSecuritySchemes(schemes);
    }

    private static void complete(Operation operation, ResourceMethod resourceMethod, String path, JsonSchemas schemas) {
        Class<?> resource = resourceMethod.resource();
        Method method = resourceMethod.method();
        var declared = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        // Payara uses the bare method name, which repeats across resources; the class makes it unique.
        operation.operationId(declared != null && !declared.operationId().isBlank() ? declared.operationId()
                : lowerFirst(resource.getSimpleName().replaceFirst("Resource$", "")) + upperFirst(method.getName()));
        Access access = access(resource, method);
        security(operation, access);
        parameters(operation, method, schemas);
        Parameter entity = entity(method);
        if (entity != null) {
            requestBody(operation, resource, method, entity, schemas);
        }
        responses(operation, resource, method, schemas, access, entity != null, path.contains("{"));
    }

    private static Access access(Class<?> resource, Method method) {
        String signIn = Arrays.stream(method.getAnnotationsByType(Extension.class)).filter(e -> SIGN_IN.equals(e.name()))
                .map(Extension::value).findFirst().orElse("");
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        boolean open = method.isAnnotationPresent(PermitAll.class);
        if (roles == null && !open && !method.isAnnotationPresent(DenyAll.class)) {
            roles = resource.getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            return new Access(true, false, List.of(roles.value()));
        }
        return new Access("required".equals(signIn), "optional".equals(signIn), List.of());
    }

    private static void security(Operation operation, Access access) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (!access.signInRequired()) {
            // Anonymous callers welcome. An empty requirement says so; Payara's writer leaves out an empty list.
            requirements.add(OASFactory.createSecurityRequirement());
        }
        if (access.signInRequired() || access.signInOptional()) {
            SCHEMES.forEach(s -> requirements.add(OASFactory.createSecurityRequirement().addScheme(s)));
        }
        operation.security(requirements);
        if (!access.roles().isEmpty()) {
            operation.addExtension("x-roles", new ArrayList<>(access.roles()));
            String who = "Roles: " + String.join(", ", access.roles()) + ".";
            operation.description(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        } else if (access.signInRequired()) {
            String who = "Any signed-in account.";
            operation.description(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        }
    }

    /** Types path, query and header parameters from the Java parameters, with their {@code @Parameter} constraints. */
    private static void parameters(Operation operation, Method method, JsonSchemas schemas) {
        if (operation.getParameters() == null) {
            return;
        }
        List<org.eclipse.microprofile.openapi.models.parameters.Parameter> kept = new ArrayList<>();
        for (var parameter : operation.getParameters()) {
            String name = parameter.getName();
            if (parameter.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER
                    && (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length"))) {
                // Facts of the body that HTTP clients send themselves; OpenAPI ignores a Content-Type parameter.
                continue;
            }
            Parameter java = javaParameter(method, parameter.getIn(), name);
            if (java != null) {
                Schema schema = schemas.of(java.getParameterizedType());
                var annotation = java.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
                if (annotation != null) {
                    schema = JsonSchemas.constrain(schema, annotation.schema());
                    if (annotation.required()) {
                        parameter.required(true);
                    }
                    if (!annotation.example().isBlank()) {
                        parameter.example(annotation.example());
                    }
                }
                parameter.schema(schema);
            }
            kept.add(parameter);
        }
        operation.parameters(kept);
    }

    private static Parameter javaParameter(Method method, org.eclipse.microprofile.openapi.models.parameters.Parameter.In in, String name) {
        for (Parameter p : method.getParameters()) {
            String javaName = switch (in) {
                case PATH -> p.isAnnotationPresent(PathParam.class) ? p.getAnnotation(PathParam.class).value() : null;
                case QUERY -> p.isAnnotationPresent(QueryParam.class) ? p.getAnnotation(QueryParam.class).value() : null;
                case HEADER -> p.isAnnotationPresent(HeaderParam.class) ? p.getAnnotation(HeaderParam.class).value() : null;
                case COOKIE -> p.isAnnotationPresent(CookieParam.class) ? p.getAnnotation(CookieParam.class).value() : null;
            };
            if (name.equals(javaName)) {
                return p;
            }
        }
        return null;
    }

    /** The parameter that receives the request body: the one without a JAX-RS source annotation. */
    private static Parameter entity(Method method) {
        for (Parameter p : method.getParameters()) {
            if (!(p.isAnnotationPresent(PathParam.class) || p.isAnnotationPresent(QueryParam.class)
                    || p.isAnnotationPresent(HeaderParam.class) || p.isAnnotationPresent(CookieParam.class)
                    || p.isAnnotationPresent(MatrixParam.class) || p.isAnnotationPresent(FormParam.class)
                    || p.isAnnotationPresent(BeanParam.class) || p.isAnnotationPresent(Context.class))) {
                return p;
            }
        }
        return null;
    }

    private static void requestBody(Operation operation, Class<?> resource, Method method, Parameter entity, JsonSchemas schemas) {
        var annotation = entity.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class);
        if (annotation == null) {
            annotation = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class);
        }
        List<String> mediaTypes = new ArrayList<>();
        if (annotation != null) {
            Arrays.stream(annotation.content()).map(Content::mediaType).filter(m -> !m.isBlank()).forEach(mediaTypes::add);
        }
        if (mediaTypes.isEmpty()) {
            mediaTypes.addAll(mediaTypes(method.getAnnotation(Consumes.class), resource.getAnnotation(Consumes.class)));
        }
        var content = OASFactory.createContent();
        for (String mediaType : mediaTypes) {
            Content declared = annotation == null ? null : declared(annotation.content(), mediaType);
            Schema schema = declared != null ? declaredSchema(declared, schemas) : null;
            if (schema == null) {
                schema = isJson(mediaType) && entity.getType() != String.class ? schemas.of(entity.getParameterizedType())
                        : raw(entity.getType(), mediaType);
            }
            content.addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
        }
        var body = operation.getRequestBody() == null ? OASFactory.createRequestBody() : operation.getRequestBody();
        body.content(content);
        // A body is needed unless the annotation says otherwise (explicitly, with content or a description).
        body.required(annotation == null || annotation.required());
        if (annotation != null && !annotation.description().isBlank()) {
            body.description(annotation.description());
        }
        operation.requestBody(body);
    }

    private static void responses(Operation operation, Class<?> resource, Method method, JsonSchemas schemas, Access access,
                                  boolean hasBody, boolean hasPathParameters) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        Map<String, APIResponse> all = new TreeMap<>(responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses());
        all.remove("default");
        List<String> produces = mediaTypes(method.getAnnotation(Produces.class), resource.getAnnotation(Produces.class));
        var annotated = method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class);
        Type returned = method.getGenericReturnType();
        boolean success = false;
        for (var a : annotated) {
            if (a.responseCode().startsWith("2")) {
                success = true;
                APIResponse response = all.computeIfAbsent(a.responseCode(), c -> OASFactory.createAPIResponse().description(a.description()));
                var content = successContent(a.content(), produces, returned, schemas);
                if (content != null) {
                    response.content(content);
                }
            }
        }
        if (!success) {
            if (returned == void.class) {
                all.put("204", OASFactory.createAPIResponse().description("Done; no content"));
            } else {
                APIResponse ok = OASFactory.createAPIResponse().description("OK");
                var content = successContent(new Content[0], produces, returned, schemas);
                if (content == null && produces.stream().anyMatch(ApiContractFilter::isJson)) {
                    LOG.warning(method + " returns a Response and names no 2xx @APIResponse; its body is not described.");
                }
                if (content != null) {
                    ok.content(content);
                }
                all.put("200", ok);
            }
        }
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasParameters || hasBody) {
            all.putIfAbsent("400", problem("The request breaks a rule or cannot be read; errors[] names each offending field"));
        }
        if (access.signInRequired()) {
            all.putIfAbsent("401", problem("Not signed in, or the credentials were refused (WWW-Authenticate says how to sign in)"));
        }
        if (!access.roles().isEmpty()) {
            all.putIfAbsent("403", problem("The caller's role does not allow this"));
        }
        if (hasPathParameters) {
            all.putIfAbsent("404", problem("Nothing at this address (an unknown id or slug)"));
        }
        if (!produces.isEmpty()) {
            all.putIfAbsent("406", problem("The Accept header asks for a type this operation does not give"));
        }
        if (hasBody) {
            all.putIfAbsent("415", problem("The body's Content-Type is not one this operation takes"));
        }
        all.putIfAbsent("500", problem("Something failed on the server; detail quotes a reference for the operator"));
        for (var entry : all.entrySet()) {
            APIResponse response = entry.getValue();
            if (entry.getKey().charAt(0) >= '4') {
                // The scanner's own idea of an error body is an empty object; ours is the problem document.
                response.content(errorContent(entry.getKey(), annotated, schemas));
            }
            if (response.getExtensions() != null && response.getExtensions().containsKey(SIGN_IN)) {
                // The scanner copies a method's extensions onto its responses; x-sign-in belongs to the operation.
                response.removeExtension(SIGN_IN);
                operation.addExtension(SIGN_IN, Arrays.stream(method.getAnnotationsByType(Extension.class))
                        .filter(e -> SIGN_IN.equals(e.name())).map(Extension::value).findFirst().orElse(""));
            }
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.description("Status " + entry.getKey());
            }
        }
        responses.setAPIResponses(new LinkedHashMap<>(all));
        operation.responses(responses);
    }

    private static org.eclipse.microprofile.openapi.models.media.Content successContent(Content[] declared, List<String> produces,
                                                                                         Type returned, JsonSchemas schemas) {
        var content = OASFactory.createContent();
        for (Content c : declared) {
            Schema schema = declaredSchema(c, schemas);
            if (schema == null && returned != Response.class) {
                schema = schemas.of(returned);
            }
            List<String> types = c.mediaType().isBlank() ? produces : List.of(c.mediaType());
            for (String type : types) {
                content.addMediaType(type, OASFactory.createMediaType().schema(schema));
            }
        }
        if (content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            if (returned == void.class || returned == Response.class && (produces.isEmpty() || produces.stream().anyMatch(ApiContractFilter::isJson))) {
                return null;
            }
            for (String type : produces.isEmpty() ? List.of(MediaType.APPLICATION_JSON) : produces) {
                content.addMediaType(type, OASFactory.createMediaType().schema(isJson(type) ? schemas.of(returned)
                        : raw(InputStream.class, type)));
            }
        }
        return content;
    }

    private static Content declared(Content[] contents, String mediaType) {
        return Arrays.stream(contents).filter(c -> c.mediaType().isBlank() || c.mediaType().equals(mediaType)).findFirst().orElse(null);
    }

    /** The schema an annotation's {@code @Content} states, or null where it states none. */
    private static Schema declaredSchema(Content content, JsonSchemas schemas) {
        var s = content.schema();
        if (s.implementation() != Void.class) {
            Schema schema = schemas.of(s.implementation());
            if (s.type() == SchemaType.ARRAY) {
                schema = OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(schema);
            }
            return JsonSchemas.constrain(schema, s);
        }
        if (s.type() != SchemaType.DEFAULT) {
            return JsonSchemas.constrain(OASFactory.createSchema(), s);
        }
        return null;
    }

    /** A body that is not JSON: text as a string, anything else as bytes. */
    private static Schema raw(Class<?> type, String mediaType) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        boolean text = mediaType.startsWith("text/") || mediaType.contains("json") || mediaType.contains("mpegurl")
                || mediaType.contains("subrip");
        return text && (type == String.class || type == InputStream.class || type == byte[].class) ? schema : schema.format("binary");
    }

    /** An error answer's body: the schema its {@code @APIResponse} names, else the problem document. */
    private static org.eclipse.microprofile.openapi.models.media.Content errorContent(
            String code, org.eclipse.microprofile.openapi.annotations.responses.APIResponse[] annotated, JsonSchemas schemas) {
        for (var a : annotated) {
            if (a.responseCode().equals(code) && a.content().length > 0) {
                var content = OASFactory.createContent();
                for (Content c : a.content()) {
                    Schema schema = declaredSchema(c, schemas);
                    content.addMediaType(c.mediaType().isBlank() ? PROBLEM : c.mediaType(), OASFactory.createMediaType()
                            .schema(schema != null ? schema : OASFactory.createSchema().ref(JsonSchemas.REF + "Problem")));
                }
                return content;
            }
        }
        return problemContent();
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(JsonSchemas.REF + "Problem")));
    }

    private static List<String> mediaTypes(Object onMethod, Object onClass) {
        String[] values = onMethod instanceof Consumes c ? c.value() : onMethod instanceof Produces p ? p.value()
                : onClass instanceof Consumes c ? c.value() : onClass instanceof Produces p ? p.value() : new String[0];
        List<String> types = new ArrayList<>();
        for (String value : values) {
            for (String type : value.split(",")) {
                if (!type.isBlank()) {
                    types.add(type.strip());
                }
            }
        }
        return types;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals(MediaType.APPLICATION_JSON) || mediaType.endsWith("+json");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
