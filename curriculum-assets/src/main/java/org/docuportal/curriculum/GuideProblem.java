package org.docuportal.curriculum;

import java.io.Serializable;

/**
 * One thing wrong with a guide's source, said the way compilers say it, {@code file:line: message},
 * so that a build log or an editor leads straight to the line.
 *
 * @param location the source's file name or path, as the reader should see it
 * @param line the 1-based line number
 * @param message what is wrong and, where it helps, what would be right
 */
public record GuideProblem(String location, int line, String message) implements Serializable {

    @Override
    public String toString() {
        return location + ":" + line + ": " + message;
    }
}
