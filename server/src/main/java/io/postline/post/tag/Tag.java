package io.postline.post.tag;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** An organization-wide label for posts and ideas. */
public record Tag(String id, String organizationId, String name, String color, Instant createdAt) {
    /** The palette a tag colour may come from; other colours are custom and have no palette name. */
    static final Map<String, String> PALETTE = Map.ofEntries(
            Map.entry("#2C4BFF", "blue"), Map.entry("#ABB7FF", "blueLight"),
            Map.entry("#636363", "gray"), Map.entry("#B8B8B8", "grayLight"),
            Map.entry("#00C8A0", "green"), Map.entry("#87E5C7", "greenLight"),
            Map.entry("#FF702C", "orange"), Map.entry("#FFB999", "orangeLight"),
            Map.entry("#F0568F", "pink"), Map.entry("#F8ABC7", "pinkLight"),
            Map.entry("#9C2BFF", "purple"), Map.entry("#CD95FF", "purpleLight"),
            Map.entry("#E0364F", "red"), Map.entry("#EF9BA7", "redLight"),
            Map.entry("#00A3A3", "teal"), Map.entry("#80D1D1", "tealLight"),
            Map.entry("#FADE2A", "yellow"), Map.entry("#FCEE94", "yellowLight"));

    /** The palette name of the colour, or null for a custom colour. */
    public String colorName() {
        return PALETTE.get(color.toUpperCase(Locale.ROOT));
    }

    /** Tags are never locked: Postline has no plan downgrades. */
    public boolean isLocked() {
        return false;
    }
}
