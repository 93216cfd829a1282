package org.docuportal.curriculum.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.docuportal.curriculum.domain.GuideAttachment;
import org.docuportal.shared.application.InvalidInputException;

/**
 * What may be attached to a guide: worksheets as PDF and images as PNG or JPEG, at most
 * {@link #MAX_BYTES}, under a plain file name. A file must be what its name says — it is opened
 * with PDFBox or decoded with ImageIO — so that members never download something else under a
 * worksheet's name.
 */
@ApplicationScoped
class GuideAttachments {

    /** 10 MB: a worksheet or a photograph, not a film. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg");

    /** A file that passed: its name and its content type. */
    record Checked(String name, String contentType) {
    }

    /** @throws InvalidInputException naming {@code file} */
    Checked check(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        if (!GuideAttachment.isValidName(name)) {
            throw InvalidInputException.of("file", "Name the file with letters, digits, dots, dashes and underscores"
                    + " only (such as worksheet-1.pdf), at most 100 characters.");
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            throw InvalidInputException.of("file", "Attach a worksheet as PDF or an image as PNG or JPEG (.pdf, .png, .jpg).");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "The file is larger than 10 MB.");
        }
        if (!(type.equals("application/pdf") ? isPdf(content) : isImage(content, type))) {
            throw InvalidInputException.of("file", "The file is not the " + extension.toUpperCase(Locale.ROOT)
                    + " its name says; it cannot be opened as one.");
        }
        return new Checked(name, type);
    }

    static GuideAttachmentView view(GuideAttachment attachment) {
        return new GuideAttachmentView(attachment.name(), attachment.contentType(), attachment.size(),
                attachment.uploadedAt(), attachment.uploadedBy());
    }

    private static boolean isPdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether an image reader for the type accepts the file's header and finds a size in it. Only
     * the header is read: decoding every pixel of a hostile 10 MB file could take gigabytes.
     */
    private static boolean isImage(byte[] content, String type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    in.seek(0);
                    reader.setInput(in, true, true);
                    if (reader.getWidth(0) > 0 && reader.getHeight(0) > 0) {
                        return true;
                    }
                } catch (IOException | RuntimeException notThisType) {
                    // Try the next reader, if any.
                } finally {
                    reader.dispose();
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
