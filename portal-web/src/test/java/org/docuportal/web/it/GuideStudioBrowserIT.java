package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.restassured.RestAssured;

/**
 * The guide studio in Chromium, from a new guide to a teacher's stamped copy, with no restart: the
 * demo curriculum editor starts a Japanese university guide for a film that has none, breaks and
 * fixes it (the problem is named with its line), sees the text typed in the preview, publishes it,
 * revises it and compares the draft with the published version, attaches an image; then a teacher of
 * the demo school, which licenses the film, downloads the new guide's PDF, stamped on every page
 * with the school and the teacher, with the editor's text in it.
 */
class GuideStudioBrowserIT extends BrowserTestBase {

    static final String FILM = "kim-il-sungs-children";
    static final String FILM_TITLE = "Kim Il Sung's Children";
    static final String AUDIENCE = "UNIVERSITY";
    static final String LANGUAGE = "ja";
    static final String READER_KEY = FILM + ".university.ja";
    static final String EDITOR = "editor@demo.example";
    static final String TEACHER = "teacher@demo.example";

    @Test
    void anEditorPublishesANewGuideAndALicensedTeacherDownloadsItStamped() throws Exception {
        RestAssured.baseURI = base.toString();
        // The demo school's license of the film ran out; its administrator licenses a new school year.
        TestPurchases.license("schooladmin@demo.example", ApiTestBase.DEMO_PASSWORD, FILM, "CLASSROOM_STREAMING", 12,
                LocalDate.now());
        String marker = "Editor note " + UUID.randomUUID().toString().substring(0, 8);
        String revision = "Revision note " + UUID.randomUUID().toString().substring(0, 8);

        signInAs(EDITOR, ApiTestBase.DEMO_PASSWORD);
        clickAndWaitForNextPage(By.linkText("Study guides"));
        assertThat(driver.getCurrentUrl()).contains("admin/guides.xhtml");
        assertThat(driver.findElements(By.cssSelector("li[data-guide='" + READER_KEY + "']"))).as("no such guide yet").isEmpty();
        checkAccessibility("guide-list");

        new Select(driver.findElement(By.id("newGuide:film"))).selectByValue(FILM);
        new Select(driver.findElement(By.id("newGuide:audience"))).selectByValue(AUDIENCE);
        new Select(driver.findElement(By.id("newGuide:language"))).selectByValue(LANGUAGE);
        clickAndWaitForNextPage(By.id("newGuide:start"));
        assertThat(driver.getCurrentUrl()).contains("guide-editor.xhtml").contains("title=" + FILM).contains("language=" + LANGUAGE);
        assertThat(driver.findElement(By.id("guideOrigin")).getAttribute("data-origin")).isEqualTo("TEMPLATE");
        String template = source().getAttribute("value");
        assertThat(template).contains(FILM_TITLE).contains("## Vocabulary").contains("## Sources for further reading");
        assertThat(publishButton().isEnabled()).as("a template that was never saved cannot be published").isFalse();

        // A required section heading goes missing: saving names the problem at the next section's line.
        String broken = withoutLine(template, "## Vocabulary");
        replaceSource(broken);
        clickAndWaitForNextPage(By.id("editor:save"));
        int sourcesLine = lineOf(broken, "## Sources for further reading");
        WebElement problem = waitUntil().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ul[@id='problemList']/li[contains(., 'Vocabulary')]")));
        assertThat(problem.getAttribute("data-line")).isEqualTo(String.valueOf(sourcesLine));
        assertThat(problem.getText()).startsWith("Line " + sourcesLine + ":");
        assertThat(driver.findElement(By.id("editor:messages")).getText()).contains("not saved");
        assertThat(source().getAttribute("value")).as("the text stays in the box").isEqualTo(broken);
        screenshot("save-refused");

        // Fixed, and a sentence typed into the context section: the preview shows it as the editor types.
        String fixed = template;
        int at = fixed.indexOf("\n", fixed.indexOf("## Context")) + 1;
        replaceSource(fixed.substring(0, at) + "\n" + fixed.substring(at), at);
        source().sendKeys(marker + ".");
        waitUntil().withMessage("the preview shows the typed text").until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("editor:preview"), marker));
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("editor:noProblems")));
        assertThat(driver.findElement(By.id("editor:publishExplanation")).getText()).contains("not saved");

        clickAndWaitForNextPage(By.id("editor:save"));
        assertThat(driver.findElement(By.id("editor:messages")).getText()).contains("draft is saved");
        assertThat(driver.findElement(By.id("guideOrigin")).getAttribute("data-origin")).isEqualTo("DRAFT");
        assertThat(publishButton().isEnabled()).isTrue();
        assertThat(driver.findElement(By.id("editor:publishExplanation")).getText()).contains("version 1");
        checkAccessibility("guide-editor");

        clickAndWaitForNextPage(By.id("editor:publish"));
        assertThat(driver.findElement(By.id("editor:messages")).getText()).contains("Version 1 is published");
        assertThat(driver.findElements(By.cssSelector("#versions tbody tr"))).hasSize(1);
        assertThat(publishButton().isEnabled()).as("nothing new to publish").isFalse();

        // A revision: saved as a draft, compared with version 1 (lines marked + and −, not by colour alone), published.
        String published = source().getAttribute("value");
        int revisionAt = published.indexOf(marker);
        replaceSource(published.substring(0, revisionAt) + revision + ". " + published.substring(revisionAt));
        clickAndWaitForNextPage(By.id("editor:save"));
        new Select(driver.findElement(By.id("compare:from"))).selectByValue("1");
        new Select(driver.findElement(By.id("compare:to"))).selectByValue("draft");
        driver.findElement(By.id("compare:compareButton")).click();
        WebElement added = waitUntil().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//table[@id='diffTable']//tr[@data-change='ADDED'][contains(., '" + revision + "')]")));
        assertThat(added.findElement(By.cssSelector(".diff-marker")).getText()).startsWith("+");
        WebElement removed = driver.findElement(By.xpath("//table[@id='diffTable']//tr[@data-change='REMOVED'][contains(., '" + marker + "')]"));
        assertThat(removed.findElement(By.cssSelector(".diff-marker")).getText()).startsWith("\u2212");
        checkAccessibility("guide-editor-compare");
        clickAndWaitForNextPage(By.id("editor:publish"));
        assertThat(driver.findElement(By.id("editor:messages")).getText()).contains("Version 2 is published");

        // An image attached and removed again.
        Path image = Files.createTempFile("worksheet-figure", ".png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        driver.findElement(By.id("attach:file")).sendKeys(image.toAbsolutePath().toString());
        clickAndWaitForNextPage(By.id("attach:upload"));
        assertThat(driver.findElement(By.id("attachments")).getText()).contains(image.getFileName().toString());
        clickAndWaitForNextPage(By.xpath("//table//tr[contains(., '" + image.getFileName() + "')]//button"));
        assertThat(driver.findElement(By.id("attachments")).getText()).doesNotContain(image.getFileName().toString());
        Files.deleteIfExists(image);

        open("admin/guides.xhtml");
        assertThat(driver.findElement(By.cssSelector("li[data-guide='" + READER_KEY + "']")).getText()).contains("Version 2");

        driver.findElement(By.id("signOutForm:signOut")).click();
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));

        signInAs(TEACHER, ApiTestBase.DEMO_PASSWORD);
        assertThat(driver.findElements(By.linkText("Study guides"))).as("no studio link for teachers").isEmpty();
        open("title.xhtml?slug=" + FILM);
        waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.id("guides")));
        clickAndWaitForNextPage(By.cssSelector("li[data-guide='" + READER_KEY + "'] h3 a"));
        assertThat(driver.findElement(By.id("guideText")).getText()).contains(revision).contains(marker);
        driver.findElement(By.id("downloadPdf")).click();
        List<String> pages = PdfPages.text(Files.readAllBytes(downloaded(READER_KEY + ".pdf")));
        assertThat(pages).isNotEmpty();
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("Demo Secondary School").contains(TEACHER));
        assertThat(String.join("\n", pages).replaceAll("\\s+", " ")).contains(revision).contains(marker);
    }

    private WebElement source() {
        return driver.findElement(By.id("editor:source"));
    }

    private WebElement publishButton() {
        return driver.findElement(By.id("editor:publish"));
    }

    /** Puts a text into the editor as a paste would, the caret at its end. */
    private void replaceSource(String text) {
        replaceSource(text, text.length());
    }

    /** Puts a text into the editor, the caret at {@code caret}, so that what is typed next goes there. */
    private void replaceSource(String text, int caret) {
        script("arguments[0].value = arguments[1]; arguments[0].focus(); arguments[0].setSelectionRange(arguments[2], arguments[2]);",
                source(), text, caret);
    }

    private static String withoutLine(String text, String line) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        assertThat(lines.remove(line)).as("the template has the line " + line).isTrue();
        return String.join("\n", lines);
    }

    private static int lineOf(String text, String line) {
        return Arrays.asList(text.split("\n", -1)).indexOf(line) + 1;
    }
}
