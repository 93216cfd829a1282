package org.docuportal.web.institution;

import java.util.Set;

/** Email domains and IP ranges as one line for pages, and a proposed change of them as "in force → proposed". */
public final class NetworkLists {

    private NetworkLists() {
    }

    /** The values sorted and comma-separated; a dash when there are none. */
    public static String line(Set<String> values) {
        return values == null || values.isEmpty() ? "—" : String.join(", ", values.stream().sorted().toList());
    }

    /** "in force → proposed", or the list followed by {@code unchanged} where the change leaves it as it is. */
    public static String change(Set<String> inForce, Set<String> proposed, String unchanged) {
        if (Set.copyOf(inForce).equals(Set.copyOf(proposed))) {
            return line(inForce) + " (" + unchanged + ")";
        }
        return line(inForce) + " → " + line(proposed);
    }
}
