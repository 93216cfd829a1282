package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A teacher looking for a film in the catalog, in a real browser, on a desktop screen and on
 * a phone, against the demo catalog.
 */
class CatalogBrowserIT extends BrowserTestBase {

    static final String SEED_TITLE = "Kim Il Sung's Children";
    static final String IN_PRODUCTION_TITLE = "Korean War Prisoners, Defectors and Abductees (working title)";

    @Test
    void searchFindsTheFilmAndItsPageShowsProgramDetailsAwardsAndRights() {
        searchFor("orphans");
        assertThat(cardTitles()).contains(SEED_TITLE);
        screenshot("1-results");

        openCard(SEED_TITLE);
        assertProgramDetailsAwardsAndRights();
        screenshot("2-title");
    }

    @Test
    void onAPhoneTheSameJourneyFitsTheScreenWidth() {
        usePhoneWindow();
        assertThat(((Number) script("return window.innerWidth;")).intValue()).isEqualTo(PHONE.getWidth());

        searchFor("orphans");
        assertThat(cardTitles()).contains(SEED_TITLE);
        screenshot("1-results");
        assertThat(scrollsHorizontally()).as("catalog page wider than a %d px phone", PHONE.getWidth()).isFalse();

        openCard(SEED_TITLE);
        assertProgramDetailsAwardsAndRights();
        screenshot("2-title");
        assertThat(scrollsHorizontally()).as("title page wider than a %d px phone", PHONE.getWidth()).isFalse();
    }

    @Test
    void searchFindsTheFilmByAnotherRomanizationAndByItsNameInHanCharacters() {
        searchFor("Kim Ilsung");
        assertThat(cardTitles()).first().isEqualTo(SEED_TITLE);
        screenshot("1-romanization");

        open("?q=%E9%87%91%E6%97%A5%E6%88%90");
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("金日成");
        assertThat(cardTitles()).first().isEqualTo(SEED_TITLE);
        // The card shows the alternate title the film was found by.
        assertThat(driver.findElement(By.cssSelector(".title-card .also-known-as")).getText()).contains("金日成");
        screenshot("2-han");

        searchFor("POW");
        assertThat(cardTitles()).contains(IN_PRODUCTION_TITLE).doesNotContain(SEED_TITLE);
        screenshot("3-synonym");
    }

    @Test
    void subjectFilterKeepsOnlyTitlesOnThatSubject() {
        // Other tests add titles to the shared database, and titles in production come last: the
        // second demo title may be on a later page of the whole catalog, so it is looked up by name.
        open("?q=Korean+War+Prisoners");
        assertThat(cardTitles()).contains(IN_PRODUCTION_TITLE);
        open("");
        screenshot("1-catalog");
        assertThat(cardTitles()).contains(SEED_TITLE);

        new Select(driver.findElement(By.id("subject"))).selectByVisibleText("Cold War");
        driver.findElement(By.id("searchButton")).click();
        waitUntil().until(ExpectedConditions.urlContains("subject=Cold+War"));
        screenshot("2-cold-war");

        List<String> titles = cardTitles();
        assertThat(titles).contains(SEED_TITLE).doesNotContain(IN_PRODUCTION_TITLE);
        assertThat(driver.findElement(By.id("resultCount")).getText())
                .isEqualTo(titles.size() == 1 ? "1 title" : titles.size() + " titles");
        assertThat(new Select(driver.findElement(By.id("subject"))).getFirstSelectedOption().getText())
                .as("the chosen subject stays selected").isEqualTo("Cold War");
    }

    private void searchFor(String words) {
        open("");
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys(words);
        driver.findElement(By.id("searchButton")).click();
        waitUntil().until(ExpectedConditions.urlContains("q=" + words.replace(' ', '+')));
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(words);
    }

    private List<String> cardTitles() {
        return driver.findElements(By.cssSelector("li.title-card h2.card-title")).stream()
                .map(WebElement::getText).toList();
    }

    private void openCard(String title) {
        WebElement card = driver.findElements(By.cssSelector("li.title-card")).stream()
                .filter(c -> c.findElement(By.cssSelector("h2.card-title")).getText().equals(title))
                .findFirst().orElseThrow();
        card.findElement(By.cssSelector("a.card-link")).click();
        waitUntil().until(ExpectedConditions.urlContains("title.xhtml?slug="));
        waitUntil().until(ExpectedConditions.textToBe(By.id("titleHeading"), title));
    }

    /** The value next to a term in the program details list. */
    private String detail(String term) {
        return driver.findElement(By.xpath("//dl[@id='programDetails']/dt[normalize-space()='" + term
                + "']/following-sibling::dd[1]")).getText().trim();
    }

    private void assertProgramDetailsAwardsAndRights() {
        assertThat(driver.getTitle()).startsWith(SEED_TITLE);
        assertThat(detail("Runtime")).isEqualTo("84 min");
        assertThat(detail("Production year")).isEqualTo("2020");
        assertThat(detail("Supplier")).isEqualTo("Docustory Production");
        assertThat(detail("Original language")).isEqualTo("Korean");
        assertThat(detail("Language versions")).contains("English", "Japanese");
        assertThat(driver.findElement(By.id("awards")).getText())
                .contains("Nice International Film Festival", "Rome International Movie Awards");

        List<String> rights = driver.findElements(By.cssSelector("#rights tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(rights).anySatisfy(row -> assertThat(row).contains("Educational", "Worldwide"));
        assertThat(driver.findElements(By.cssSelector("blockquote"))).isNotEmpty();
    }
}
