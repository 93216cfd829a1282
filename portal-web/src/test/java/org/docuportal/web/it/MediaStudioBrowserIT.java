package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A title's media page in Chromium, as the distributor uses it: the master video goes up through
 * the tus client with a progress bar, the packaging job's progress shows until the new version
 * plays; a subtitle file with a mistake lists the line; chapters are added in the editor and a
 * chapter past the end of the film is refused; the page fits a phone.
 */
class MediaStudioBrowserIT extends BrowserTestBase {

    private static final String FILM = "korean-war-prisoners-working-title";

    @Test
    void theDistributorUploadsAVideoWatchesItPackageAndEditsSubtitlesAndChapters() throws Exception {
        Path video = Files.createTempFile("media-browser-it", ".mp4");
        try {
            assumeTrue(TestMedia.video(video, 12), "ffmpeg is not installed (apt-get install ffmpeg)");
            signInAs("admin@demo.example", ApiTestBase.DEMO_PASSWORD);
            open("admin/title-media.xhtml?slug=" + FILM);
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Korean War Prisoners");
            assertThat(driver.findElement(By.cssSelector(".title-tabs a.current")).getText()).isEqualTo("Video, subtitles and chapters");

            // An earlier run's job may be on the page already: wait for a job of another number.
            String before = driver.findElements(By.id("job:jobPanel")).isEmpty() ? ""
                    : driver.findElement(By.id("job:jobPanel")).getText();
            driver.findElement(By.id("videoFile")).sendKeys(video.toString());
            driver.findElement(By.id("videoStart")).click();
            waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("videoStatus"), "has arrived"));
            new WebDriverWait(driver, Duration.ofMinutes(4)).ignoring(StaleElementReferenceException.class).until(d -> {
                var panel = d.findElements(By.id("job:jobPanel"));
                return !panel.isEmpty() && !panel.get(0).getText().equals(before)
                        && "DONE".equals(d.findElement(By.id("jobState")).getAttribute("data-state"));
            });
            WebElement bar = driver.findElement(By.id("videoProgress"));
            assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max"));
            assertThat(driver.findElement(By.id("job:jobPanel")).getText()).contains("finished: the new version is playing");
            assertThat(driver.findElement(By.id("mediaState")).getText()).contains("Packaged for streaming");
            screenshot("packaged");

            Path subtitles = Files.createTempFile("bad", ".vtt");
            Files.writeString(subtitles, "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nfine\n\n00:00:03.000 -> 00:00:04.000\nno arrow\n",
                    StandardCharsets.UTF_8);
            driver.findElement(By.id("subtitles:language")).sendKeys("de");
            driver.findElement(By.id("subtitles:file")).sendKeys(subtitles.toString());
            clickAndWaitForNextPage(By.id("subtitles:uploadSubtitles"));
            assertThat(driver.findElement(By.id("problems")).getText()).contains("6").contains("expected a cue timing line");
            Files.delete(subtitles);

            int rows = driver.findElements(By.cssSelector(".chapter-row")).size();
            driver.findElement(By.id("chapters:addChapter")).click();
            waitUntil().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".chapter-row"), rows + 1));
            WebElement last = driver.findElements(By.cssSelector(".chapter-row")).get(rows);
            last.findElement(By.cssSelector("input[id$=':start']")).sendKeys("00:05:00");
            last.findElement(By.cssSelector("input[id$=':name']")).sendKeys("Past the end");
            driver.findElement(By.id("chapters:saveChapters")).click();
            waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chapters:messages"), "not before the end of the film"));

            driver.findElements(By.cssSelector(".chapter-row")).get(rows).findElement(By.cssSelector("button")).click();
            waitUntil().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".chapter-row"), rows));
            driver.findElement(By.id("chapters:saveChapters")).click();
            waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chapters:messages"), "chapters saved"));

            usePhoneWindow();
            open("admin/title-media.xhtml?slug=" + FILM);
            assertThat(scrollsHorizontally()).as("the media page fits a phone").isFalse();
            screenshot("phone");
        } finally {
            Files.deleteIfExists(video);
        }
    }
}
