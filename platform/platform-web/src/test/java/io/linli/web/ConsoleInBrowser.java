package io.linli.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, looking at the Vaadin screens as a person would. */
final class ConsoleInBrowser implements AutoCloseable {

  private final URL base;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  ConsoleInBrowser(URL base, int width) {
    this.base = base;
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, 900));
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Opens a sign-in page, fills it in and submits. */
  void signIn(String route, String tenant, String username, String password) {
    open(route);
    type("tenant", tenant);
    type("username", username);
    type("password", password);
    driver.findElement(By.id("sign-in")).click();
    wait.until(d -> !d.findElements(By.id("tenant-name")).isEmpty()
        || d.findElement(By.id("sign-in-error")).isDisplayed());
  }

  String text(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().trim();
  }

  /** The computed background colour of the header, which the tenant's theme pack sets. */
  String headerBackground() {
    WebElement header = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("linli-header")));
    wait.until(d -> !"rgb(0, 102, 255)".equals(background(header))); // Lumo's blue until the theme's CSS loads
    return background(header);
  }

  private String background(WebElement element) {
    return (String) ((JavascriptExecutor) driver)
        .executeScript("return getComputedStyle(arguments[0]).backgroundColor", element);
  }

  /** Saves a PNG under target/screenshots, for people to look at. */
  void screenshot(String name) {
    String folder = System.getProperty("linli.it.screenshots");
    if (folder == null) {
      return;
    }
    try {
      Path file = Files.createDirectories(Path.of(folder)).resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a route of the signed-in session. */
  void open(String route) {
    // Arquillian's base URL sometimes ends in '/', sometimes not: resolve from the root
    driver.get(URI.create(base.toString()).resolve("/" + route).toString());
  }

  /** Types into a Vaadin text field or text area. */
  void type(String id, String text) {
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#" + id + " input, #" + id + " textarea")));
    input.sendKeys(text);
  }

  /** Empties a Vaadin text field. */
  void clear(String id) {
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
  }

  /** Picks the first item of a Vaadin combo box that matches {@code filter}, as a person typing would. */
  void pick(String id, String filter) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
    input.sendKeys(filter);
    wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
    input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
  }

  void click(String id) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  /** Clicks the first element matching the CSS selector whose text contains {@code text}. */
  void clickOn(String css, String text) {
    try {
      wait.until(d -> d.findElements(By.cssSelector(css)).stream().filter(e -> e.getText().contains(text))
          .findFirst().map(e -> {
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
            e.click();
            return true;
          }).orElse(false));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-click-" + text.replaceAll("[^\\p{L}\\p{N}]+", "-")); // what the page showed instead
      throw e;
    }
  }

  /** In each group matching {@code groups}, clicks the last {@code choice}: the top score, the last option. */
  void chooseLastInEach(String groups, String choice) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(groups)));
    for (WebElement group : driver.findElements(By.cssSelector(groups))) {
      java.util.List<WebElement> choices = group.findElements(By.cssSelector(choice));
      WebElement last = choices.get(choices.size() - 1);
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", last);
      last.click();
    }
  }

  /** Waits until the page shows {@code text} anywhere, overlays (dialogs, notifications) included. */
  void awaitPageText(String text) {
    wait.until(d -> ((String) ((JavascriptExecutor) d).executeScript("return document.body.innerText"))
        .contains(text));
  }

  /** Waits until the element's text contains {@code text}. */
  void awaitText(String id, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  /** The text of every SLA badge of the given colour on the page (GREEN, YELLOW, RED). */
  java.util.List<String> badges(String colour) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sla")));
    return driver.findElements(By.cssSelector(".sla-" + colour)).stream().map(WebElement::getText).toList();
  }

  /** Waits until the JavaScript returns true, e.g. until a chart has drawn its canvas. */
  void awaitScript(String js) {
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(js)));
  }

  /** Runs JavaScript in the page, e.g. to leave a mark that a reload would wipe. */
  Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  /** Chooses {@code file} in a Vaadin upload, as a person picking a photo would, and waits until it is uploaded. */
  void upload(String id, Path file) {
    WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
        "const u = arguments[0]; return u.querySelector('input[type=file]')"
            + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));", upload);
    input.sendKeys(file.toAbsolutePath().toString());
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "const f = arguments[0].files; return f.length > 0 && f.every(x => x.complete);", upload)));
  }

  /** Chooses {@code file} in a Vaadin upload and goes on: a view may clear its list once it has the file. */
  void choose(String id, Path file) {
    WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
        "const u = arguments[0]; return u.querySelector('input[type=file]')"
            + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));", upload);
    input.sendKeys(file.toAbsolutePath().toString());
  }

  String currentPath() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
