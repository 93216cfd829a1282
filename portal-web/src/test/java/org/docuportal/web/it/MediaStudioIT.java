package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The media studio over HTTP: a 10-second video generated here with ffmpeg is uploaded, packaged
 * in the background and played under a license exactly as PlaybackIT plays the demo set (with the
 * title's key kept, and the demo set's subtitles and chapters carried over); hostile uploads are
 * refused and leave nothing behind; subtitle tracks and chapters are checked line by line.
 *
 * <p>The portal runs with a 20 MB upload limit (set in the pom) so that the limit can be crossed.
 */
class MediaStudioIT extends ApiTestBase {

    private static final String FILM = PlaybackIT.FILM;
    private static final String OTHER_FILM = PlaybackIT.OTHER_FILM;
    private static final Path DATA = Path.of("target/it-data");

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD);
    }

    @Test
    void anUploadedVideoIsPackagedAndPlaysUnderALicenseWithTheTitlesKeyKept() throws Exception {
        assumeTrue(ffmpegInstalled(), "ffmpeg is not installed (apt-get install ffmpeg)");
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        String token = PlaybackIT.start(school, FILM).then().statusCode(201).extract().path("token");
        byte[] keyBefore = given().queryParam("token", token).when().get("api/media/" + FILM + "/key").then().statusCode(200)
                .extract().asByteArray();

        byte[] video = testVideo(10);
        var accepted = admin().contentType("video/mp4").body(video).when().post("api/admin/titles/" + FILM + "/media")
                .then().statusCode(202).body("state", equalTo("QUEUED")).extract();
        int jobId = accepted.path("jobId");
        assertThat(accepted.header("Location")).endsWith("/api/admin/titles/" + FILM + "/media/jobs/" + jobId);
        admin().contentType("video/mp4").body(video).when().post("api/admin/titles/" + FILM + "/media")
                .then().statusCode(409).contentType("application/problem+json");

        JsonPath job = waitForJob(FILM, jobId);
        assertThat(job.getString("state")).as(job.prettify()).isEqualTo("DONE");
        assertThat(job.getInt("percent")).isEqualTo(100);
        given().when().get("api/admin/titles/" + OTHER_FILM + "/media/jobs/" + jobId).then().statusCode(401);
        admin().when().get("api/admin/titles/" + OTHER_FILM + "/media/jobs/" + jobId).then().statusCode(404);

        String master = given().queryParam("token", token).when().get("api/media/" + FILM + "/master.m3u8")
                .then().statusCode(200).contentType("application/vnd.apple.mpegurl").extract().asString();
        assertThat(master).contains("v0/index.m3u8", "v1/index.m3u8", "RESOLUTION=640x360", "RESOLUTION=320x180")
                .as("the demo set's subtitle tracks are carried into the new set").contains("LANGUAGE=\"ko\"", "SUBTITLES=\"subs\"");
        String v0 = given().queryParam("token", token).when().get("api/media/" + FILM + "/v0/index.m3u8")
                .then().statusCode(200).body(containsString("METHOD=AES-128,URI=\"../key\",IV=0x00000000000000000000000000000001"))
                .extract().asString();
        assertThat(v0.lines().filter(l -> l.startsWith("seg_")).count()).as("ten seconds in two-second segments").isEqualTo(5);
        byte[] key = given().queryParam("token", token).when().get("api/media/" + FILM + "/key").then().statusCode(200)
                .extract().asByteArray();
        assertThat(key).hasSize(16).as("the title's key is reused, so cached old segments keep decrypting").isEqualTo(keyBefore);
        byte[] segment = given().when().get("api/media/" + FILM + "/v1/seg_00002.ts").then().statusCode(200).extract().asByteArray();
        Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
        byte[] iv = new byte[16];
        iv[15] = 2;
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        assertThat(aes.doFinal(segment)[0]).as("segment 2 decrypts with IV 2 to MPEG-TS").isEqualTo((byte) 0x47);
        given().when().get("api/media/" + FILM + "/subs/ko.vtt").then().statusCode(200)
                .body(containsString("X-TIMESTAMP-MAP=MPEGTS:"));
        given().when().get("api/media/" + FILM + "/chapters.vtt").then().statusCode(200).body(containsString("WEBVTT"));
        assertThat(uploadsLeft()).as("the upload is gone once packaged").isEmpty();
    }

    @Test
    void aFileThatIsNotAVideoFailsWithAReasonAndLeavesNothingBehind() throws Exception {
        assumeTrue(ffmpegInstalled(), "ffmpeg is not installed (apt-get install ffmpeg)");
        Path master = DATA.resolve("media").resolve(OTHER_FILM).resolve("master.m3u8");
        String before = Files.readString(master);
        int jobId = admin().contentType("video/mp4").body(utf8("#!/bin/sh\necho this is not a film\n".repeat(100)))
                .when().post("api/admin/titles/" + OTHER_FILM + "/media").then().statusCode(202).extract().path("jobId");
        JsonPath job = waitForJob(OTHER_FILM, jobId);
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("error")).contains("not a video ffmpeg can read");
        assertThat(uploadsLeft()).isEmpty();
        assertThat(Files.readString(master)).as("the set in place is untouched").isEqualTo(before);
        try (Stream<Path> files = Files.list(DATA.resolve("media"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void uploadsOverTheLimitOrCutOffAreRefusedAndNothingIsKept() throws Exception {
        assumeTrue(ffmpegInstalled(), "ffmpeg is not installed (apt-get install ffmpeg)");
        // Declared too large: refused before a byte is read.
        String declared = rawRequest("POST /api/admin/titles/" + OTHER_FILM + "/media", "Content-Type: video/mp4\r\n"
                + "Content-Length: 30000000000\r\n", new byte[0], true);
        assertThat(declared).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("max-upload-bytes");
        // Streamed without a length and crossing the limit on the way.
        admin().contentType("video/mp4").body(new ByteArrayInputStream(new byte[21_000_000]) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 65536));
            }
        }).when().post("api/admin/titles/" + OTHER_FILM + "/media")
                .then().statusCode(413).contentType("application/problem+json");
        // Cut off: 1 MB announced, 1 KB sent, connection closed.
        String cut = rawRequest("POST /api/admin/titles/" + OTHER_FILM + "/media", "Content-Type: video/mp4\r\n"
                + "Content-Length: 1000000\r\n", new byte[1024], false);
        assertThat(cut).doesNotStartWith("HTTP/1.1 202");
        Thread.sleep(1000);
        assertThat(uploadsLeft()).isEmpty();
        admin().contentType("text/plain").body(utf8("x")).when().post("api/admin/titles/" + OTHER_FILM + "/media").then().statusCode(415);
        admin().contentType("video/mp4").body(utf8("x")).when().post("api/admin/titles/no-such-film/media").then().statusCode(404);
    }

    @Test
    void namesFromTheRequestNeverBecomePaths() {
        for (String hostile : new String[] {"..%2Fx", "en%2F..%2F..%2Fkeys", "%2E%2E", "EN_x", "xx-", "english"}) {
            int status = admin().urlEncodingEnabled(false).contentType("text/vtt").body(utf8("WEBVTT\n"))
                    .when().put("api/admin/titles/" + FILM + "/subtitles/" + hostile).then().extract().statusCode();
            // Refused by the container (an encoded slash or dot segment) or by the portal (not a language tag).
            assertThat(status).as(hostile).isIn(400, 403, 404);
        }
        admin().contentType("text/vtt").body(utf8("WEBVTT\n")).when().put("api/admin/titles/" + FILM + "/subtitles/english")
                .then().statusCode(400).body("errors.field", hasItem("language"));
        admin().contentType("text/vtt").body(utf8("WEBVTT\n")).when().put("api/admin/titles/" + FILM + "/subtitles/de?kind=../x")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        admin().urlEncodingEnabled(false).contentType("video/mp4").body(utf8("x"))
                .when().post("api/admin/titles/..%2F..%2Fkeys/media").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404)));
    }

    @Test
    void subtitleTracksAreCheckedConvertedAndListedInTheMasterPlaylist() {
        String token = PlaybackIT.tokens().sign(FILM, "license-it", java.time.Instant.now().plusSeconds(60));
        admin().contentType("text/vtt").body(utf8("WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nHallo\n"))
                .when().put("api/admin/titles/" + FILM + "/subtitles/de").then().statusCode(200)
                .body("language", equalTo("de")).body("kind", equalTo("subtitles")).body("name", equalTo("Deutsch"));
        admin().contentType("application/x-subrip").body(utf8("1\r\n00:00:01,000 --> 00:00:02,500\r\n[music]\r\n"))
                .when().put("api/admin/titles/" + FILM + "/subtitles/fr?kind=captions").then().statusCode(200);
        String master = given().queryParam("token", token).when().get("api/media/" + FILM + "/master.m3u8").then().statusCode(200)
                .extract().asString();
        assertThat(master).contains("LANGUAGE=\"de\",NAME=\"Deutsch\"", "URI=\"subs/de.m3u8\"", "URI=\"subs/fr_captions.m3u8\"",
                "CHARACTERISTICS=\"public.accessibility.transcribes-spoken-dialog,public.accessibility.describes-music-and-sound\"");
        given().when().get("api/media/" + FILM + "/subs/fr_captions.vtt").then().statusCode(200)
                .body(containsString("00:00:01.000 --> 00:00:02.500\n[music]"));
        given().queryParam("token", token).when().get("api/media/" + FILM + "/subs/de.m3u8").then().statusCode(200)
                .body(containsString("de.vtt"));
        admin().when().get("api/admin/titles/" + FILM + "/subtitles").then().statusCode(200)
                .body("language", hasItem("de")).body("kind", hasItem("captions"));

        admin().contentType("text/vtt").body(utf8("WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nfine\n\n2\n00:00:05,000 --> 00:00:06.000\nbad\n"))
                .when().put("api/admin/titles/" + FILM + "/subtitles/de").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].line", equalTo(8)).body("errors[0].field", equalTo("file"));
        admin().contentType("application/x-subrip").body(utf8("1\n00:00:01 --> 00:00:02\nno milliseconds\n"))
                .when().put("api/admin/titles/" + FILM + "/subtitles/de").then().statusCode(400).body("errors[0].line", equalTo(2));
        given().when().get("api/media/" + FILM + "/subs/de.vtt").then().statusCode(200).body(containsString("Hallo"));

        admin().when().delete("api/admin/titles/" + FILM + "/subtitles/de").then().statusCode(204);
        admin().when().delete("api/admin/titles/" + FILM + "/subtitles/fr?kind=captions").then().statusCode(204);
        admin().when().delete("api/admin/titles/" + FILM + "/subtitles/fr?kind=captions").then().statusCode(404);
        given().queryParam("token", token).when().get("api/media/" + FILM + "/master.m3u8").then().statusCode(200)
                .body(not(containsString("LANGUAGE=\"de\""))).body(containsString("LANGUAGE=\"ko\""));
        given().when().get("api/media/" + FILM + "/subs/de.vtt").then().statusCode(404);
    }

    @Test
    void chaptersAreCheckedAgainstTheFilmsLengthAndServedToThePlayer() {
        List<Map<String, Object>> original = admin().when().get("api/admin/titles/" + FILM + "/chapters").then().statusCode(200)
                .extract().path("$");
        try {
            admin().contentType("application/json").body(List.of(Map.of("start", "00:00:00", "name", "Start"),
                            Map.of("start", "00:00:05", "name", "Middle")))
                    .when().put("api/admin/titles/" + FILM + "/chapters").then().statusCode(200)
                    .body("start", equalTo(List.of("00:00:00", "00:00:05")));
            given().when().get("api/media/" + FILM + "/chapters.vtt").then().statusCode(200)
                    .body(containsString("00:00:05.000 --> ")).body(containsString("Middle"));
            admin().contentType("application/json").body(List.of(Map.of("start", "00:00:04", "name", "A"),
                            Map.of("start", "00:00:02", "name", "B"), Map.of("start", "05:00:00", "name", "C"),
                            Map.of("start", "soon", "name", "")))
                    .when().put("api/admin/titles/" + FILM + "/chapters").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("chapters[1].start", "chapters[2].start", "chapters[3].name", "chapters[3].start")));
            given().when().get("api/media/" + FILM + "/chapters.vtt").then().statusCode(200).body(containsString("Middle"));
        } finally {
            admin().contentType("application/json").body(original).when().put("api/admin/titles/" + FILM + "/chapters")
                    .then().statusCode(200);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonPath waitForJob(String slug, int jobId) {
        return assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            while (true) {
                JsonPath job = admin().when().get("api/admin/titles/" + slug + "/media/jobs/" + jobId).then().statusCode(200)
                        .extract().jsonPath();
                if (job.getString("state").equals("DONE") || job.getString("state").equals("FAILED")) {
                    return job;
                }
                Thread.sleep(500);
            }
        });
    }

    private static List<Path> uploadsLeft() throws IOException {
        Path uploads = DATA.resolve("uploads").resolve("media");
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(uploads)) {
            return files.toList();
        }
    }

    private String rawRequest(String requestLine, String headers, byte[] body, boolean complete) throws IOException {
        String auth = Base64.getEncoder().encodeToString(("admin@demo.example:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nAuthorization: Basic " + auth
                    + "\r\nConnection: close\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            if (!complete) {
                socket.shutdownOutput();
            }
            // Read what arrives until the server closes, keeping it even when the close is a reset.
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream response = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    response.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // The response so far is what counts.
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static byte[] testVideo(int seconds) throws IOException, InterruptedException {
        Path file = Files.createTempFile("media-studio-it", ".mp4");
        try {
            Process ffmpeg = new ProcessBuilder("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc=duration=" + seconds + ":size=640x360:rate=25",
                    "-f", "lavfi", "-i", "sine=duration=" + seconds,
                    "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ffmpeg.waitFor()).as(output).isZero();
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static boolean ffmpegInstalled() {
        try {
            return new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
