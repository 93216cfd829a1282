package org.docuportal.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (Deque's accessibility engine, from npm: {@code npm install axe-core}) in the page a
 * browser test shows, and returns the violations a person using a screen reader or keyboard would
 * be stopped by: those axe rates serious or critical.
 *
 * <p>The script is not shipped with the build: the system property {@value #SCRIPT_PROPERTY}
 * names its {@code axe.min.js} (e.g. {@code -Daxe.script=node_modules/axe-core/axe.min.js}). Where it
 * is not set, {@link #script()} is empty and tests leave the accessibility check out, saying so.
 */
final class Axe {

    static final String SCRIPT_PROPERTY = "axe.script";

    private Axe() {
    }

    /** The axe-core script named by {@value #SCRIPT_PROPERTY}, when it exists. */
    static Optional<Path> script() {
        String configured = System.getProperty(SCRIPT_PROPERTY, System.getenv("AXE_SCRIPT"));
        return Optional.ofNullable(configured).filter(s -> !s.isBlank()).map(Path::of).filter(Files::isRegularFile);
    }

    /** The serious and critical violations of the page, one line each: rule, help text and the elements concerned. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver, Path script) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            js.executeScript(Files.readString(script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' -> '
                                 + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
    }
}
