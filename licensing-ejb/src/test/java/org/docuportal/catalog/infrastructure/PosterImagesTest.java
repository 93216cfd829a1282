package org.docuportal.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PosterImagesTest {

    static byte[] image(String format, int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 60, 120));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] webp() throws IOException {
        try (InputStream in = PosterImagesTest.class.getResourceAsStream("/posters/poster.webp")) {
            return in.readAllBytes();
        }
    }

    @Test
    void pngJpegAndWebpOfTheDeclaredTypeAreDecoded() throws Exception {
        assertThat(PosterImages.decode(image("png", 600, 900, BufferedImage.TYPE_INT_ARGB), "image/png").getWidth()).isEqualTo(600);
        assertThat(PosterImages.decode(image("jpg", 500, 750, BufferedImage.TYPE_INT_RGB), "image/jpeg; charset=binary").getHeight())
                .isEqualTo(750);
        BufferedImage webp = PosterImages.decode(webp(), "image/webp");
        assertThat(webp.getWidth()).isEqualTo(64);
        assertThat(webp.getHeight()).isEqualTo(96);
    }

    @Test
    void textSentAsAnImageIsRefused() {
        byte[] text = "this is not a poster, just some words".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PosterImages.decode(text, "image/png"))
                .isInstanceOf(PosterImages.RejectedImage.class).hasMessageContaining("not a JPEG, PNG or WebP");
    }

    @Test
    void aTypeOtherThanJpegPngOrWebpIsRefused() {
        assertThatThrownBy(() -> PosterImages.decode(new byte[] {1, 2, 3}, "image/svg+xml"))
                .isInstanceOf(PosterImages.RejectedImage.class).hasMessageContaining("image/svg+xml");
    }

    @Test
    void aJpegSentAsPngIsRefused() throws Exception {
        byte[] jpeg = image("jpg", 100, 150, BufferedImage.TYPE_INT_RGB);
        assertThatThrownBy(() -> PosterImages.decode(jpeg, "image/png"))
                .isInstanceOf(PosterImages.RejectedImage.class).hasMessageContaining("sent as image/png but it is a JPEG");
    }

    @Test
    void aTruncatedImageIsRefused() throws Exception {
        byte[] png = image("png", 300, 450, BufferedImage.TYPE_INT_RGB);
        byte[] cut = Arrays.copyOf(png, png.length / 2);
        assertThatThrownBy(() -> PosterImages.decode(cut, "image/png"))
                .isInstanceOf(PosterImages.RejectedImage.class).hasMessageContaining("could not be decoded");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() {
        // A PNG header claiming 100,000 x 100,000 pixels (40 GB once decoded) followed by nothing.
        assertThatThrownBy(() -> PosterImages.decode(pngHeader(100_000, 100_000), "image/png"))
                .isInstanceOf(PosterImages.RejectedImage.class).hasMessageContaining("100000 × 100000");
    }

    @Test
    void postersAreWrittenAsJpegAtTheWidthsThePagesUseAndNeverEnlarged() throws Exception {
        BufferedImage big = PosterImages.decode(image("png", 1000, 1500, BufferedImage.TYPE_INT_ARGB), "image/png");
        for (int width : PosterImages.WIDTHS) {
            BufferedImage resized = ImageIO.read(new ByteArrayInputStream(PosterImages.jpegOfWidth(big, width)));
            assertThat(resized.getWidth()).isEqualTo(width);
            assertThat(resized.getHeight()).isEqualTo(width * 3 / 2);
        }
        BufferedImage small = PosterImages.decode(webp(), "image/webp");
        assertThat(ImageIO.read(new ByteArrayInputStream(PosterImages.jpegOfWidth(small, 480))).getWidth()).isEqualTo(64);
    }

    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }
}
