package io.postline.publish.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Small real images made on the spot, so tests carry no binary fixtures. */
public final class TestImages {
    private TestImages() {}

    public static byte[] png(int width, int height, Color color) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Bytes that are too big for Bluesky; their content never gets looked at. */
    public static byte[] noise(int size) {
        var bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
