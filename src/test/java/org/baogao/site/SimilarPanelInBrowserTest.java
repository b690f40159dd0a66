package org.baogao.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.baogao.testing.Browser;
import org.baogao.testing.Projects;
import org.baogao.testing.SimilarProject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A report's similarity panel (查重) in a real Chromium, the archive opened from a folder as from a
 * shared drive: the shared passages are not marked until the reader asks, the button marks them
 * in their colours and takes the marks away again, and the sources' links lead to their pages;
 * nothing is fetched from anywhere but the archive's folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarPanelInBrowserTest {

    Path site;
    Browser browser;
    ChromeDriver driver;

    @BeforeAll
    void buildAndStart(@TempDir Path dir) throws Exception {
        Path project = SimilarProject.write(dir.resolve("p"));
        Projects.build(Projects.options(project).withPdf(false));
        site = project.resolve("site");
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void theButtonMarksTheSharedPassagesInTheirColoursAndTakesTheMarksAway() {
        driver.get(site.resolve("2024/zhang/index.html").toUri().toString());
        WebElement button = driver.findElement(By.cssSelector("section.similar button.show-shared"));
        assertThat(button.isDisplayed()).as("the script shows the button").isTrue();
        assertThat(button.getText()).isEqualTo("在正文中标出相同文字");
        List<WebElement> past = driver.findElements(By.cssSelector("#main-text mark.shared-past"));
        List<WebElement> others = driver.findElements(By.cssSelector("#main-text mark.shared-others"));
        assertThat(past).isNotEmpty();
        assertThat(others).hasSizeGreaterThanOrEqualTo(3);
        // unasked, the page reads as the document does
        assertThat(background(past.get(0))).isEqualTo("rgba(0, 0, 0, 0)");
        assertThat(background(others.get(1))).isEqualTo("rgba(0, 0, 0, 0)");

        button.click();

        assertThat(button.getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(button.getText()).isEqualTo("取消标出");
        assertThat(background(past.get(0))).isEqualTo("rgb(251, 217, 138)");
        for (WebElement m : others) assertThat(background(m)).isEqualTo("rgb(244, 170, 164)");
        // the panel's key shows the same colours
        assertThat(background(driver.findElement(By.cssSelector("section.similar .swatch.shared-past")))).isEqualTo("rgb(251, 217, 138)");
        // the text that is marked is the shared text
        assertThat(String.join("", past.stream().map(WebElement::getText).toList())).isEqualTo(SimilarProject.PAST);

        button.click();

        assertThat(button.getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(button.getText()).isEqualTo("在正文中标出相同文字");
        assertThat(background(past.get(0))).isEqualTo("rgba(0, 0, 0, 0)");
        assertOnlyLocalResources();
    }

    @Test
    void aSourcesLinkLeadsToItsPageFromAFolder() {
        driver.get(site.resolve("2024/zhang/index.html").toUri().toString());
        driver.findElement(By.cssSelector("section.similar ol.sources")).findElement(By.linkText("张三2023年度对照检查材料")).click();
        assertThat(driver.findElement(By.cssSelector("h1.title")).getText()).isEqualTo("张三2023年度对照检查材料");
        assertThat(driver.findElements(By.cssSelector("section.similar ol.sources a"))).extracting(WebElement::getText)
                .containsExactly("张三2024年度对照检查材料");
        assertOnlyLocalResources();
    }

    @Test
    void aMeetingsTableLeadsToItsReports() {
        driver.get(site.resolve(SitePaths.term(org.baogao.config.TaxonomyField.MEETING, "2024年度民主生活会")).toUri().toString());
        WebElement table = driver.findElement(By.cssSelector("table.shares"));
        table.findElement(By.linkText("李四")).click();
        assertThat(driver.findElement(By.cssSelector("h1.title")).getText()).isEqualTo("李四2024年度对照检查材料");
        assertOnlyLocalResources();
    }

    /** The element's background colour as rgb(…), or rgba(…) when not opaque; Chromium writes opaque ones either way. */
    private String background(WebElement e) {
        return e.getCssValue("background-color").replaceAll("^rgba\\((\\d+, \\d+, \\d+), 1\\)$", "rgb($1)");
    }

    private void assertOnlyLocalResources() {
        // chrome:// and data: are the browser's own, such as the clear button of a search field
        List<String> urls = browser.requests().stream().filter(u -> !u.startsWith("chrome://") && !u.startsWith("data:")).toList();
        assertThat(urls).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(site.toUri().toString()));
    }
}
