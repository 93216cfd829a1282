package org.docuportal.catalog.domain;

import java.lang.reflect.Field;

/** Gives unsaved rights windows the ids the database would, for tests that address windows by id. */
final class Ids {

    private Ids() {
    }

    static RightsWindow withId(RightsWindow window, long id) {
        try {
            Field field = RightsWindow.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(window, id);
            return window;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
