package com.abparts.machines.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
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

/**
 * Swagger UI of the running service in a real headless Chromium, driven as a person uses it:
 * Authorize, open an operation, "Try it out", Execute, read the response. Debian's Chromium and
 * chromedriver by default; {@code ABPARTS_CHROMIUM} and {@code ABPARTS_CHROMEDRIVER} point
 * elsewhere (e.g. Chrome on GitHub's runners). Without them the test is skipped, saying so, unless
 * {@code ABPARTS_REQUIRE_TOOLS=true} (as CI sets it) makes that a failure.
 */
public final class SwaggerUiPage implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ABPARTS_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("ABPARTS_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String screenshot;

    private SwaggerUiPage(ChromeDriver browser, String screenshot) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        this.screenshot = screenshot;
    }

    /** Opens Swagger UI of the service on this port; on close, leaves a screenshot under {@code target/<screenshot>.png}. */
    public static SwaggerUiPage open(int port, String screenshot) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && Boolean.parseBoolean(System.getenv("ABPARTS_REQUIRE_TOOLS"))) {
            throw new IllegalStateException("Chromium and chromedriver are not installed, and ABPARTS_REQUIRE_TOOLS=true requires them");
        }
        assumeTrue(installed, "skipped: Chromium or chromedriver is missing (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,4000");
        SwaggerUiPage page = new SwaggerUiPage(
                new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options), screenshot);
        page.browser.get("http://localhost:" + port + "/swagger-ui.html");
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Machines-createMachine")));
        return page;
    }

    public ChromeDriver browser() {
        return browser;
    }

    /** Authorize, a bearer token pasted as a person pastes the one the dev run prints, Authorize, Close. */
    public void authorizeWith(String token) {
        WebElement bearer = authorization("bearer", openAuthorizations());
        paste(bearer.findElement(By.cssSelector("input[type=text], input[type=password]")), token);
        bearer.findElement(By.cssSelector("button.authorize")).click();
        closeAuthorizations();
    }

    /**
     * Authorize, then the identity provider's login (authorization code with PKCE, in the window it
     * opens): its form filled in with these credentials and sent, back in Swagger UI, Close.
     */
    public void logInAtTheIdentityProvider(String username, String password) {
        String swaggerUi = browser.getWindowHandle();
        authorization("login", openAuthorizations()).findElement(By.cssSelector("button.authorize")).click();
        wait.until(driver -> driver.getWindowHandles().size() > 1);
        browser.getWindowHandles().stream().filter(handle -> !handle.equals(swaggerUi)).findFirst()
                .ifPresent(login -> browser.switchTo().window(login));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        wait.until(driver -> driver.getWindowHandles().size() == 1);
        browser.switchTo().window(swaggerUi);
        wait.until(driver -> authorization("login").getText().contains("Authorized"));
        closeAuthorizations();
    }

    /** Opens an operation's section, if it is not open yet. */
    public WebElement expand(String operation) {
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
    public String execute(String operation, String body, String expectedStatus) {
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
            paste(wait.until(driver -> block.findElement(By.cssSelector("textarea.body-param__text"))), body);
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

    /** Scrolls to the response an operation's section shows, for the screenshot. */
    public void showResponseOf(String operation) {
        scrollTo(browser.findElement(By.id("operations-" + operation))
                .findElement(By.cssSelector(".live-responses-table tr.response .response-col_description")));
    }

    @Override
    public void close() throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", screenshot + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.quit();
    }

    private WebElement openAuthorizations() {
        browser.findElement(By.cssSelector("button.authorize")).click();
        return wait.until(driver -> driver.findElement(By.cssSelector(".modal-ux")));
    }

    private void closeAuthorizations() {
        browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();
        wait.until(driver -> driver.findElements(By.cssSelector(".modal-ux")).isEmpty());
    }

    /** The section of the Authorize dialog for one security scheme. */
    private WebElement authorization(String scheme) {
        return authorization(scheme, browser.findElement(By.cssSelector(".modal-ux")));
    }

    private WebElement authorization(String scheme, WebElement dialog) {
        return dialog.findElements(By.cssSelector(".auth-container")).stream()
                .filter(container -> container.getText().contains(scheme)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the Authorize dialog offers no " + scheme + ": " + dialog.getText()));
    }

    /** The response an operation's section shows, or nothing before its first execution. */
    private static String responseShown(WebElement block) {
        return block.findElements(By.cssSelector(".live-responses-table tr.response .response-col_description")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    /**
     * Puts the text into an input or a text area at once, as pasting does, and tells Swagger UI's
     * React that it changed; typed key by key, a token or a body takes Selenium seconds on end.
     */
    private void paste(WebElement input, String text) {
        ((JavascriptExecutor) browser).executeScript("""
                const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(arguments[0]), 'value').set;
                setValue.call(arguments[0], arguments[1]);
                arguments[0].dispatchEvent(new Event('input', {bubbles: true}));""", input, text);
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
