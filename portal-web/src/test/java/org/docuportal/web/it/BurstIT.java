package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * Many people at the same moment, as a classroom or an attacker would: every request of a burst is
 * released by one latch so that they really overlap. Nothing is lost, nothing answers 5xx, and
 * every refusal is a problem+json. Runs on H2 and, in CI, again on PostgreSQL.
 */
class BurstIT extends ApiTestBase {

    private static final String FILM = "kim-il-sungs-children";

    @Test
    void thirtyParticipantsAnsweringOneSurveyAtOnceAreAllCounted() throws Exception {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        var screening = school.asAdmin().contentType("application/json")
                .body(Map.of("title", FILM, "screeningDate", LocalDate.now().toString()))
                .when().post("api/screenings").then().statusCode(201).extract().jsonPath();
        int id = screening.getInt("id");
        String code = screening.getString("link").replaceAll(".*\\?s=", "");
        int items = screening.getList("items").size();
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            answers.add(1 + i % 5);
        }

        List<Response> before = burst(30, i -> () -> ImpactSurveyIT.answer(code, "PRE", answers, null));
        assertThat(before).extracting(Response::statusCode).containsOnly(201);
        List<String> codes = before.stream().map(r -> r.<String>path("pairingCode")).toList();
        assertThat(codes).doesNotHaveDuplicates();

        // After the film: 30 at once again, each with their own code; and one code typed by 5 people at once pairs once.
        List<Response> after = burst(30, i -> () -> ImpactSurveyIT.answer(code, "POST", answers, codes.get(i)));
        assertThat(after).extracting(Response::statusCode).containsOnly(201);
        String shared = codes.get(0);
        List<Response> reused = burst(5, i -> () -> ImpactSurveyIT.answer(code, "POST", answers, shared));
        assertThat(reused).extracting(Response::statusCode).containsOnly(400);
        assertThat(reused).allSatisfy(r -> {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.<String>path("errors[0].field")).isEqualTo("pairingCode");
        });

        school.asAdmin().when().get("api/screenings/" + id).then().statusCode(200)
                .body("preCount", equalTo(30)).body("postCount", equalTo(30)).body("pairedCount", equalTo(30));
    }

    @Test
    void twentyParallelWrongPasswordsLockTheAccountWithoutA5xx() throws Exception {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        List<Response> guesses = burst(20, i -> () -> given().auth().preemptive().basic(school.adminEmail(), "wrong-" + i)
                .when().get("api/institution/settings"));
        assertThat(guesses).extracting(Response::statusCode).containsOnly(401);

        // Locked: the right password is refused too, on the API and on the login page, and never with a 5xx.
        given().auth().preemptive().basic(school.adminEmail(), TestInstitution.PASSWORD)
                .when().get("api/institution/settings").then().statusCode(401);
        List<Response> rightOnes = burst(5, i -> () -> given().auth().preemptive().basic(school.adminEmail(),
                TestInstitution.PASSWORD).when().get("api/institution/settings"));
        assertThat(rightOnes).extracting(Response::statusCode).containsOnly(401);
    }

    @Test
    void eightSimultaneousOrdersOfOneQuoteMakeOneOrder() throws Exception {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        int offer = school.asAdmin().when().get("api/titles/" + FILM + "/offers").then().statusCode(200)
                .extract().path("find { it.kind == 'CLASSROOM_STREAMING' && it.termMonths == 12 }.id");
        int quote = school.asAdmin().contentType("application/json")
                .body(Map.of("offerId", offer, "start", LocalDate.now().toString()))
                .when().post("api/quotes").then().statusCode(201).extract().path("id");

        List<Response> orders = burst(8, i -> () -> school.asAdmin().contentType("application/json")
                .body(Map.of("quoteId", quote, "paymentMethod", "manual-po", "purchaseOrderNumber", "PO-" + quote))
                .when().post("api/orders"));
        assertThat(orders).extracting(Response::statusCode).filteredOn(s -> s == 201).hasSize(1);
        assertThat(orders).filteredOn(r -> r.statusCode() != 201).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.<String>path("detail")).contains("ordered already");
        });
        List<String> references = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD)
                .when().get("api/admin/orders").then().statusCode(200).extract().path("findAll { it.quoteId == " + quote + " }.reference");
        assertThat(references).hasSize(1);

        // Asking again later is refused the same way.
        school.asAdmin().contentType("application/json").body(Map.of("quoteId", quote, "paymentMethod", "manual-po"))
                .when().post("api/orders").then().statusCode(409).contentType("application/problem+json");
    }

    /** Runs {@code n} calls released together by one latch; their answers in the order of {@code i}. */
    static List<Response> burst(int n, IntFunction<Callable<Response>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Response> c = call.apply(i);
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return c.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response r = answer.get(120, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as("no 5xx: " + r.asString()).isLessThan(500);
                responses.add(r);
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
