package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The nginx edge of {@code deploy/nginx} checks tokens that the portal issued, without calling
 * the portal: nginx serves the demo media folder with the same secret as the portal under test,
 * and a token from a real playback session opens the film's playlists and key there, while a
 * tampered, expired or other film's token is refused, as by the portal itself.
 *
 * <p>Needs Debian's nginx and njs ({@code apt-get install nginx libnginx-mod-http-js}), which
 * {@code .ci/run} installs; skipped with that message elsewhere.
 */
@ExtendWith(NginxEdgeIT.NginxInstalled.class)
class NginxEdgeIT extends ApiTestBase {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path NJS = Path.of("/usr/lib/nginx/modules/ngx_http_js_module.so");
    static final Path DEPLOY = Path.of("..", "deploy", "nginx").toAbsolutePath().normalize();
    static final Path MEDIA = Path.of("..", "licensing-ejb", "src", "main", "resources", "demo-media").toAbsolutePath().normalize();

    private static Path workdir;
    private static String edge;

    @BeforeAll
    static void startNginx() throws Exception {
        workdir = Files.createTempDirectory("nginx-edge");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(DEPLOY.resolve("run-local.sh").toString(), MEDIA.toString(), String.valueOf(port), PlaybackIT.TOKEN_SECRET,
                workdir.toString());
        edge = "http://127.0.0.1:" + port + "/media/";
    }

    @AfterAll
    static void stopNginx() throws Exception {
        if (workdir != null) {
            run(DEPLOY.resolve("stop-local.sh").toString(), workdir.toString());
        }
    }

    @Test
    void thePortalsTokenOpensTheFilmAtTheEdgeAndNothingElseDoes() {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(PlaybackIT.FILM);
        String token = PlaybackIT.start(school, PlaybackIT.FILM).then().statusCode(201).extract().path("token");
        String film = edge + PlaybackIT.FILM + "/";

        given().queryParam("token", token).when().get(film + "master.m3u8")
                .then().statusCode(200).body(containsString("v0/index.m3u8"));
        // The edge writes the token into the key's address, for players that do not add it themselves.
        given().queryParam("token", token).when().get(film + "v0/index.m3u8")
                .then().statusCode(200).body(containsString("URI=\"../key?token=" + token + "\""));
        byte[] key = given().queryParam("token", token).when().get(film + "key").then().statusCode(200).extract().asByteArray();
        assertThat(key).hasSize(16);
        given().when().get(film + "v0/seg_00000.ts").then().statusCode(200);

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        given().queryParam("token", tampered).when().get(film + "master.m3u8").then().statusCode(403);
        given().when().get(film + "master.m3u8").then().statusCode(403);
        given().when().get(film + "key").then().statusCode(403);
        given().queryParam("token", token).when().get(edge + PlaybackIT.OTHER_FILM + "/master.m3u8").then().statusCode(403);
        String expired = PlaybackIT.tokens().sign(PlaybackIT.FILM, "license-" + school.licenseId(), Instant.now().minusSeconds(5));
        given().queryParam("token", expired).when().get(film + "master.m3u8").then().statusCode(410);
        given().queryParam("token", expired).when().get(film + "key").then().statusCode(410);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).inheritIO().start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** Skips the class before Arquillian boots a server, where nginx or njs is missing. */
    static final class NginxInstalled implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            for (Path required : List.of(NGINX, NJS)) {
                if (!Files.exists(required)) {
                    return ConditionEvaluationResult.disabled("nginx edge test skipped: " + required + " is missing;"
                            + " install Debian's nginx and libnginx-mod-http-js, as .ci/run does.");
                }
            }
            return ConditionEvaluationResult.enabled("nginx and njs are installed");
        }
    }
}
