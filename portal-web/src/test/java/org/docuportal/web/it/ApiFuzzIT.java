package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.docuportal.web.it.fuzz.ApiOperation;
import org.docuportal.web.it.fuzz.FuzzRequest;
import org.docuportal.web.it.fuzz.FuzzRequests;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The API as a careless or hostile caller meets it: for every operation in {@code /openapi} and
 * every role (and no role), requests with malformed and boundary inputs ({@link FuzzRequests}).
 * It fails on any 5xx, any 2xx where a refusal is due, any 4xx that is not
 * {@code application/problem+json}, and any answer that names a Java class.
 *
 * <p>At least {@code fuzz.requests} requests (10,500 by default) go out from four threads; the
 * random seed is printed and {@code -Dfuzz.seed=…} replays a run. It has a failsafe execution, a
 * portal and a database of its own ({@code fuzz} in the pom): as platform and institution
 * administrator some of its requests succeed and leave odd data behind (an institution's purchase
 * approval switched on, for one), which other tests must not meet.
 */
class ApiFuzzIT extends ApiTestBase {

    private static final Map<String, String> ROLES = new LinkedHashMap<>();
    static {
        ROLES.put("anonymous", null);
        ROLES.put("TEACHER", "teacher@demo.example");
        ROLES.put("TRAINING_OFFICER", "officer@demo.example");
        ROLES.put("INSTITUTION_ADMIN", "schooladmin@demo.example");
        ROLES.put("REVIEWER", "reviewer@demo.example");
        ROLES.put("PLATFORM_ADMIN", "admin@demo.example");
    }
    /**
     * Operations that check the caller's own password: a wrong one counts toward locking the account,
     * so fuzzing them as a role would lock the demo accounts that the next failsafe execution (same
     * database) signs in with. They are fuzzed anonymously only; PrivacyIT covers their input.
     */
    private static final java.util.Set<String> CHECK_THE_CALLERS_PASSWORD = java.util.Set.of("POST /api/me/deletion");

    /** A class or package name in an answer: the caller learns how the server is built. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|org\\.(docuportal|eclipse|glassfish|apache)|fish\\.payara|com\\.sun)\\.[a-z]|Exception\\b");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void noOperationAnswersHostileInputWithA5xxOrAcceptsWhatItMustRefuse() throws Exception {
        long seed = Long.getLong("fuzz.seed", new Random().nextLong());
        int wanted = Integer.getInteger("fuzz.requests", 10_500);
        System.out.printf("ApiFuzzIT: seed %d (-Dfuzz.seed=%d replays this run)%n", seed, seed);

        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("openapi").asString());
        List<ApiOperation> operations = ApiOperation.allOf(document);
        assertTrue(operations.size() > 50, "the description lists the API's operations: " + operations.size());
        String slug = given().get("api/titles").jsonPath().getString("items[0].slug");
        FuzzRequests generator = new FuzzRequests(document, slug);
        Map<String, String> tokens = tokensForEachRole();

        long skipped = operations.stream().filter(o -> CHECK_THE_CALLERS_PASSWORD.contains(o.describe())).count()
                * ROLES.values().stream().filter(java.util.Objects::nonNull).count();
        int perPair = (int) Math.ceil((double) wanted / (operations.size() * ROLES.size() - skipped));
        List<Runnable> work = new ArrayList<>();
        Map<String, String> failures = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        Random random = new Random(seed);
        for (ApiOperation operation : operations) {
            for (Map.Entry<String, String> role : ROLES.entrySet()) {
                if (role.getValue() != null && CHECK_THE_CALLERS_PASSWORD.contains(operation.describe())) {
                    continue;
                }
                for (int i = 0; i < perPair; i++) {
                    FuzzRequest request = generator.next(operation, new Random(random.nextLong()));
                    String token = tokens.get(role.getKey());
                    work.add(() -> {
                        String verdict = judge(request, role.getKey(), send(request, token, statuses));
                        sent.incrementAndGet();
                        if (verdict != null) {
                            failures.putIfAbsent(request.operation().describe() + " as " + role.getKey() + ": " + verdict,
                                    request.describe());
                        }
                    });
                }
            }
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        work.forEach(pool::submit);
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.MINUTES), "the fuzz run finished");
        System.out.printf("ApiFuzzIT: %d requests to %d operations as %d roles in %d s; statuses %s%n", sent.get(),
                operations.size(), ROLES.size(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                new TreeMap<>(statuses));

        assertTrue(sent.get() >= wanted, "sent " + sent.get() + " requests, wanted " + wanted);
        if (!failures.isEmpty()) {
            StringBuilder report = new StringBuilder(failures.size() + " kinds of wrong answers (seed " + seed + "):\n");
            new TreeMap<>(failures).forEach((what, example) -> report.append("- ").append(what).append("\n    ")
                    .append(example).append('\n'));
            fail(report.toString());
        }
    }

    /** What is wrong with the answer, or {@code null} where nothing is. */
    private static String judge(FuzzRequest request, String role, Answer answer) {
        if (answer.error != null) {
            return "no answer (" + answer.error + ") to " + request.mutation();
        }
        int status = answer.status;
        if (status >= 500) {
            return status + " to " + request.mutation() + ": " + shorten(answer.body);
        }
        if (status >= 400 && status < 500 && refusedBeforeTheApplication(request)) {
            return null;
        }
        if (status >= 400 && !answer.contentType.startsWith("application/problem+json")) {
            return status + " without problem+json (" + answer.contentType + ") to " + request.mutation();
        }
        if (status >= 400 && CLASS_NAME.matcher(answer.body).find()) {
            return status + " naming a class to " + request.mutation() + ": " + shorten(answer.body);
        }
        if (status < 300 && request.refusalDue()) {
            return status + " although due a refusal: " + request.mutation();
        }
        if (status < 300 && role.equals("anonymous") && request.operation().secured()) {
            return status + " to an anonymous caller of a signed-in operation";
        }
        return null;
    }

    /**
     * Payara refuses a NUL byte in the path ("400 Invalid URI") and a request line longer than its
     * buffer before any filter of ours runs, with an empty body: the right status, not our format.
     */
    private static boolean refusedBeforeTheApplication(FuzzRequest request) {
        return request.target().contains("%00") || request.target().length() > 8_000;
    }

    private Answer send(FuzzRequest request, String token, Map<Integer, AtomicInteger> statuses) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + request.target()))
                    .timeout(Duration.ofSeconds(60))
                    .method(request.method(), request.contentType() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            if (request.contentType() != null) {
                builder.header("Content-Type", request.contentType());
            }
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response;
            try {
                response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException closedMeanwhile) {
                // The server may close a kept-alive connection just as the client reuses it; once more on a new one.
                response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            }
            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), null);
        } catch (IllegalArgumentException e) {
            // A target java.net.URI refuses never reaches the server: not the portal's failure.
            return new Answer(400, "application/problem+json", "", null);
        } catch (Exception e) {
            return new Answer(0, "", "", e.toString());
        }
    }

    private Map<String, String> tokensForEachRole() {
        Map<String, String> tokens = new LinkedHashMap<>();
        ROLES.forEach((role, email) -> {
            if (email != null) {
                tokens.put(role, given().auth().preemptive().basic(email, DEMO_PASSWORD).contentType("application/json")
                        .body("{\"name\":\"fuzz\"}").post("api/me/tokens").then().statusCode(201)
                        .extract().path("secret"));
            }
        });
        return tokens;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private record Answer(int status, String contentType, String body, String error) {
    }
}
