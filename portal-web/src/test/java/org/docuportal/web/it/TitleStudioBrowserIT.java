package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The distributor in the title studio's two pages, in a real browser: starts a draft from the list,
 * fills in its program details, uploads a poster, publishes it after confirming, and finds it in the
 * catalog; bad addresses show a not-found message. On a desktop screen and on a phone.
 */
class TitleStudioBrowserIT extends BrowserTestBase {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String slug = "browser-studio-" + tag;

    @Test
    void aDistributorCreatesEditsIllustratesAndPublishesATitle() throws IOException {
        signInAs("admin@demo.example", ApiTestBase.DEMO_PASSWORD);
        open("admin/titles.xhtml");
        shot("1-list");
        type("newTitle:slug", slug);
        type("newTitle:title", "Browser Studio " + tag);
        type("newTitle:originalLanguage", "ko");
        type("newTitle:synopsis", "A film made in the browser test.");
        clickAndWaitForNextPage(By.id("newTitle:create"));

        waitUntil().until(ExpectedConditions.urlContains("admin/title.xhtml"));
        assertThat(driver.getCurrentUrl()).contains("slug=" + slug);
        assertThat(driver.findElement(By.id("publicationBadge")).getText()).isEqualTo("Draft");
        assertThat(driver.findElement(By.cssSelector(".title-tabs a.current")).getText()).isEqualTo("Details and poster");

        type("edit:originalTitle", "김일성의 아이들 " + tag);
        type("edit:alternateTitles", "Studio alternate " + tag + "\nSecond name " + tag);
        type("edit:subjects", "History, Studio " + tag);
        type("edit:runtimeMinutes", "86");
        clickAndWaitForNextPage(By.id("edit:addLanguage"));
        WebElement language = driver.findElement(By.cssSelector("#languageRows input[type=text]"));
        language.clear();
        language.sendKeys("en");
        clickAndWaitForNextPage(By.id("edit:save"));
        assertThat(driver.findElement(By.id("edit:editMessages")).getText()).contains("saved");
        open("admin/title.xhtml?slug=" + slug);
        assertThat(driver.findElement(By.id("edit:alternateTitles")).getAttribute("value"))
                .isEqualTo("Studio alternate " + tag + "\nSecond name " + tag);
        assertThat(driver.findElement(By.id("edit:subjects")).getAttribute("value")).isEqualTo("History, Studio " + tag);
        assertThat(driver.findElement(By.cssSelector("#languageRows input[type=text]")).getAttribute("value")).isEqualTo("en");

        Path poster = Files.createTempFile("poster", ".png");
        try {
            TestMedia.poster(poster);
            driver.findElement(By.cssSelector("#poster input[type=file]")).sendKeys(poster.toAbsolutePath().toString());
            clickAndWaitForNextPage(By.id("poster:upload"));
        } finally {
            Files.deleteIfExists(poster);
        }
        WebElement preview = driver.findElement(By.id("posterPreview"));
        assertThat(preview.getAttribute("src")).contains("/api/posters/" + slug + "/480?v=");
        waitUntil().until(d -> ((Number) script("return arguments[0].naturalWidth;", preview)).intValue() == 480);
        shot("2-draft-with-poster");

        driver.findElement(By.id("publication:publish")).click();
        waitUntil().until(ExpectedConditions.alertIsPresent()).accept();
        waitUntil().until(d -> d.findElement(By.id("publicationBadge")).getText().equals("Published"));
        assertThat(driver.findElements(By.id("publication:withdraw"))).hasSize(1);
        shot("3-published");

        open("?q=" + "Studio+alternate+" + tag);
        waitUntil().withMessage(() -> "the catalog search, showing: " + driver.findElement(By.tagName("main")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card-title")));
        List<String> found = driver.findElements(By.cssSelector(".card-title")).stream().map(WebElement::getText).toList();
        assertThat(found).containsExactly("Browser Studio " + tag);
        assertThat(driver.findElement(By.cssSelector(".title-card img.poster")).getAttribute("src"))
                .contains("/api/posters/" + slug + "/240?v=");

        open("admin/titles.xhtml?publication=PUBLISHED");
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("titles")));
        shot("4-published-titles");
        assertThat(new Select(driver.findElement(By.id("publication"))).getFirstSelectedOption().getText()).isEqualTo("Published");
        assertThat(driver.findElement(By.id("titles")).getText()).contains("Browser Studio " + tag, slug);
        open("admin/titles.xhtml?publication=DRAFT");
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("titles")));
        assertThat(driver.findElement(By.id("titles")).getText()).doesNotContain("Browser Studio " + tag);
        assertAccessible();
    }

    @Test
    void badAddressesShowANotFoundMessageAndTheFormNamesBadFields() {
        signInAs("admin@demo.example", ApiTestBase.DEMO_PASSWORD);
        for (String bad : List.of("../x", "no-such-title-" + tag, "")) {
            open("admin/title.xhtml?slug=" + bad);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("No such title");
        }
        open("admin/titles.xhtml");
        type("newTitle:slug", "Not A Slug");
        type("newTitle:title", "Anything");
        type("newTitle:originalLanguage", "klingon");
        clickAndWaitForNextPage(By.id("newTitle:create"));
        String messages = driver.findElement(By.id("newTitle:newTitleMessages")).getText();
        assertThat(messages).contains("slug");
        open("admin/titles.xhtml?publication=NOTHING");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Titles");
    }

    @Test
    void onAPhoneTheStudioPagesFitTheScreenWidth() {
        usePhoneWindow();
        signInAs("admin@demo.example", ApiTestBase.DEMO_PASSWORD);
        open("admin/titles.xhtml");
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("newTitle:create")));
        shot("1-list");
        assertThat(scrollsHorizontally()).as("titles page wider than a phone").isFalse();
        open("admin/title.xhtml?slug=kim-il-sungs-children");
        shot("2-details");
        assertThat(scrollsHorizontally()).as("title details page wider than a phone").isFalse();
        assertAccessible();
    }

    /**
     * A screenshot for people to look at; Chromium now and then reports a long page as 0 pixels wide
     * while it lays it out, so it is tried again before the test gives up.
     */
    private void shot(String name) {
        for (int attempt = 1; ; attempt++) {
            try {
                screenshot(name);
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
                waitUntil().until(d -> "complete".equals(script("return document.readyState;"))
                        && ((Number) script("return document.documentElement.scrollWidth;")).intValue() > 0);
            }
        }
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Fails on serious or critical axe-core violations where a copy of axe is at hand ({@link Axe#script()}). */
    private void assertAccessible() {
        Axe.script().ifPresent(axe -> assertThat(Axe.seriousViolations(driver, axe))
                .as("axe-core serious or critical violations on " + driver.getCurrentUrl()).isEmpty());
    }
}
