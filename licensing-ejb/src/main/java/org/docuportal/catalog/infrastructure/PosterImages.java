package org.docuportal.catalog.infrastructure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

import net.coobird.thumbnailator.Thumbnails;

/**
 * Checks an uploaded poster by decoding it, and makes the sizes the pages show.
 *
 * <p>The declared type must be JPEG, PNG or WebP and must match what the bytes are (their
 * signature); the dimensions are read from the header before any pixel is decoded, so that a
 * small file that would unpack to gigabytes (a decompression bomb) is refused first. JPEG and PNG
 * are read by the JDK's own ImageIO readers; WebP by TwelveMonkeys' reader, instantiated directly
 * rather than found through the ImageIO registry, which in an application server scans only the
 * server's class path.
 *
 * <p>Every size is written as JPEG (quality 0.85) on white, whatever came in: posters are
 * photographs, and one format keeps serving simple.
 */
public final class PosterImages {

    /** The widths made: 240 for catalog cards (shown 96 px wide, sharp up to 2.5×), 480 for the title page (200 px). */
    public static final List<Integer> WIDTHS = List.of(240, 480);
    /** Longest side accepted, in pixels. */
    public static final int MAX_SIDE = 12_000;
    /** Most pixels accepted: 50 megapixels, about 200 MB once decoded. */
    public static final long MAX_PIXELS = 50_000_000L;

    /** The formats accepted, by their media type. */
    public enum Format {
        JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The format of a {@code Content-Type} value (parameters ignored), or null when it is none of these. */
        public static Format ofMediaType(String contentType) {
            if (contentType == null) {
                return null;
            }
            String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals("image/jpg") || type.equals("image/pjpeg")) {
                return JPEG;
            }
            return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst().orElse(null);
        }

        /** The format the bytes' signature says, or null. */
        static Format sniff(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
                return JPEG;
            }
            if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                    && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
                return PNG;
            }
            if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                    && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
                return WEBP;
            }
            return null;
        }
    }

    /** Why an upload is not a poster, in words for the person who sent it. */
    public static final class RejectedImage extends Exception {

        public RejectedImage(String message) {
            super(message);
        }
    }

    private PosterImages() {
    }

    /**
     * The decoded image, if the bytes are a readable image of the declared type and of sensible size.
     *
     * @throws RejectedImage when the type is not accepted, does not match the bytes, the image is too
     *                       large in pixels, or it cannot be decoded
     */
    public static BufferedImage decode(byte[] bytes, String declaredType) throws RejectedImage {
        Format declared = Format.ofMediaType(declaredType);
        if (declared == null) {
            throw new RejectedImage("A poster is a JPEG, PNG or WebP image (Content-Type image/jpeg, image/png or image/webp), not "
                    + (declaredType == null ? "an untyped upload" : declaredType.split(";", 2)[0].strip()) + ".");
        }
        Format actual = Format.sniff(bytes);
        if (actual == null) {
            throw new RejectedImage("The file is not a JPEG, PNG or WebP image.");
        }
        if (actual != declared) {
            throw new RejectedImage("The file was sent as " + declared.mediaType() + " but it is a " + actual.name() + " image.");
        }
        ImageReader reader = readerFor(actual);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                throw new RejectedImage("The image is " + width + " × " + height + " pixels; a poster may be at most "
                        + MAX_SIDE + " pixels on a side and " + MAX_PIXELS / 1_000_000 + " megapixels.");
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw new RejectedImage("The " + actual.name() + " image could not be decoded.");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            throw new RejectedImage("The " + actual.name() + " image could not be decoded: it is damaged or incomplete.");
        } finally {
            reader.dispose();
        }
    }

    /** The image {@code width} pixels wide (never enlarged), in proportion, as JPEG. */
    public static byte[] jpegOfWidth(BufferedImage image, int width) {
        BufferedImage opaque = onWhite(image);
        int target = Math.min(width, opaque.getWidth());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.of(opaque).width(target).outputFormat("jpg").outputQuality(0.85f).toOutputStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage onWhite(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() && image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static ImageReader readerFor(Format format) {
        if (format == Format.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == Format.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        return readers.next();
    }
}
