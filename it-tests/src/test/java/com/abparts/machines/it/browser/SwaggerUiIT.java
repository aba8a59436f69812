package com.abparts.machines.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.abparts.machines.it.support.ApiIntegrationTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI as a person uses it, in a real headless Chromium: the operations and the status values
 * are there, and "Try it out" creates an organization and a machine, lists it, and shows the
 * problem of an invalid machine. Leaves a screenshot in it-tests/target/swagger-ui.png.
 */
@ApiIntegrationTest
class SwaggerUiIT {

    // Debian's packages by default; ABPARTS_CHROMIUM and ABPARTS_CHROMEDRIVER point elsewhere (e.g. Chrome on GitHub's runners).
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ABPARTS_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("ABPARTS_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @LocalServerPort
    private int port;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openSwaggerUi() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && Boolean.parseBoolean(System.getenv("ABPARTS_REQUIRE_TOOLS"))) {
            throw new IllegalStateException("Chromium and chromedriver are not installed, and ABPARTS_REQUIRE_TOOLS=true requires them");
        }
        assumeTrue(installed, "skipped: Chromium or chromedriver is missing (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,4000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Machines-createMachine")));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            File screenshot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(screenshot.toPath(), Path.of("target", "swagger-ui.png"), StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void exploresTheApiAsAPersonWould() {
        assertThat(browser.getTitle()).contains("Swagger UI");
        assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("ABParts Machines API");
        for (String operation : List.of("Organizations-createOrganization", "Organizations-listOrganizations",
                "Organizations-getOrganization", "Organizations-patchOrganization", "Organizations-deleteOrganization",
                "Machines-createMachine", "Machines-listMachines", "Machines-getMachine", "Machines-replaceMachine",
                "Machines-patchMachine", "Machines-deleteMachine")) {
            assertThat(browser.findElements(By.id("operations-" + operation))).as(operation).hasSize(1);
        }

        WebElement list = expand("Machines-listMachines");
        assertThat(list.findElements(By.cssSelector("select option")).stream().map(WebElement::getText))
                .contains("active", "inactive", "maintenance", "decommissioned");

        String organization = "Swagger " + UUID.randomUUID();
        String created = execute("Organizations-createOrganization", "{\"name\": \"" + organization + "\"}", "201");
        Matcher organizationId = ID.matcher(created);
        assertThat(organizationId.find()).as(created).isTrue();

        String serial = "AB-UI-" + UUID.randomUUID();
        String machine = execute("Machines-createMachine", """
                {"customerOrganizationId": "%s", "modelType": "V4.0", "name": "Harbour unit 3", "serialNumber": "%s", "status": "maintenance"}"""
                .formatted(organizationId.group(1), serial), "201");
        assertThat(machine).contains(serial, organization);

        assertThat(execute("Machines-listMachines", null, "200")).contains(serial);

        String problem = execute("Machines-createMachine", """
                {"customerOrganizationId": "%s", "modelType": "V4.0-TOO-LONG", "name": "", "serialNumber": "X", "status": "ACTIVE"}"""
                .formatted(organizationId.group(1)), "422");
        assertThat(problem).contains("modelType", "name", "status", "allowedValues", "must be at most 10 characters");

        // The screenshot shows the listing with the new machine in it.
        scrollTo(browser.findElement(By.id("operations-Machines-listMachines"))
                .findElement(By.cssSelector(".live-responses-table tr.response .response-col_description")));
    }

    /** Opens an operation's section, if it is not open yet. */
    private WebElement expand(String operation) {
        WebElement block = browser.findElement(By.id("operations-" + operation));
        if (block.findElements(By.cssSelector(".opblock-body")).isEmpty()) {
            WebElement summary = block.findElement(By.cssSelector(".opblock-summary"));
            scrollTo(summary);
            summary.click();
            wait.until(driver -> !block.findElements(By.cssSelector(".opblock-body")).isEmpty());
        }
        return block;
    }

    /** "Try it out", the body if any, "Execute"; returns the response body shown once it has the status. */
    private String execute(String operation, String body, String expectedStatus) {
        WebElement block = expand(operation);
        List<WebElement> tryItOut = block.findElements(By.cssSelector("button.try-out__btn"));
        if (!tryItOut.isEmpty() && tryItOut.getFirst().getText().contains("Try it out")) {
            scrollTo(tryItOut.getFirst());
            tryItOut.getFirst().click();
        }
        // Swagger UI fills the parameters with their examples; a person exploring clears those filters.
        for (WebElement parameter : block.findElements(By.cssSelector(".parameters input[type=text]"))) {
            parameter.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        }
        if (body != null) {
            WebElement editor = wait.until(driver -> block.findElement(By.cssSelector("textarea.body-param__text")));
            editor.clear();
            editor.sendKeys(body);
        }
        String previous = responseShown(block);
        WebElement execute = block.findElement(By.cssSelector("button.execute"));
        scrollTo(execute);
        execute.click();
        wait.until(driver -> {
            List<WebElement> statuses = block.findElements(By.cssSelector(".live-responses-table tr.response .response-col_status"));
            return !statuses.isEmpty() && statuses.getFirst().getText().strip().equals(expectedStatus)
                    && !responseShown(block).equals(previous);
        });
        WebElement response = block.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description"));
        scrollTo(response);
        return response.getText();
    }

    /** The response an operation's section shows, or nothing before its first execution. */
    private static String responseShown(WebElement block) {
        return block.findElements(By.cssSelector(".live-responses-table tr.response .response-col_description")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
