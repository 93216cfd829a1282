package org.docuportal.web.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.docuportal.media.infrastructure.UploadFolder;
import org.docuportal.shared.config.Setting;

import me.desair.tus.server.TusFileUploadService;
import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.upload.UploadInfo;

/**
 * Resumable uploads of master videos with the tus protocol (tus.io, {@code tus-java-server}):
 * the browser sends the file in chunks to {@value #PATH} and, after a dropped connection, asks
 * how much arrived and sends the rest. Parts wait in {@code <data dir>/uploads/tus} under ids
 * the server chooses, owned by the administrator who started them; unfinished ones expire after
 * a day. A finished upload is handed to the media studio like a body posted to the API.
 *
 * <p>Chosen over PrimeFaces' chunked file upload, which resumes only within one page view (a
 * reload starts from zero) and has no protocol other clients speak; tus clients exist for every
 * platform, and the JS client remembers an unfinished upload across reloads.
 */
@ApplicationScoped
public class TusUploads {

    /** Where the tus endpoint is, under the API's PLATFORM_ADMIN-only {@code /api/admin}. */
    public static final String PATH = "/api/admin/uploads";
    private static final long EXPIRY_MILLIS = 24L * 60 * 60 * 1000;

    @Inject
    private ServletContext servletContext;

    @Inject
    private UploadFolder uploads;

    private TusFileUploadService service;
    private String uploadUri;

    /** A finished upload, its bytes to read. */
    public record Finished(InputStream content, long bytes, String slug) {
    }

    @PostConstruct
    void open() {
        uploadUri = servletContext.getContextPath() + PATH;
        Path storage = Path.of(Setting.DATA_DIR.valueOr("./data")).toAbsolutePath().normalize().resolve("uploads").resolve("tus");
        service = new TusFileUploadService()
                .withUploadUri(uploadUri)
                .withStoragePath(storage.toString())
                .withMaxUploadSize(uploads.maxBytes())
                .withUploadExpirationPeriod(EXPIRY_MILLIS);
    }

    public TusFileUploadService service() {
        return service;
    }

    public long maxBytes() {
        return uploads.maxBytes();
    }

    /** The endpoint's path as the browser calls it (with the context path). */
    public String endpoint() {
        return uploadUri;
    }

    /**
     * The finished upload at this URL (as the tus client reports it), if it is one of this
     * endpoint's, belongs to the owner and is complete.
     */
    public Optional<Finished> finished(String uploadUrl, String owner) throws IOException {
        String path = pathOf(uploadUrl);
        if (path == null) {
            return Optional.empty();
        }
        try {
            UploadInfo info = service.getUploadInfo(path, owner);
            if (info == null || info.isUploadInProgress()) {
                return Optional.empty();
            }
            String slug = info.getMetadata() == null ? null : info.getMetadata().get("slug");
            return Optional.of(new Finished(service.getUploadedBytes(path, owner), info.getLength(), slug));
        } catch (TusException e) {
            return Optional.empty();
        }
    }

    public void delete(String uploadUrl, String owner) {
        String path = pathOf(uploadUrl);
        if (path != null) {
            try {
                service.deleteUpload(path, owner);
            } catch (IOException | TusException e) {
                // Expires with the others.
            }
        }
    }

    /** Removes expired unfinished uploads. */
    public void cleanup() {
        try {
            service.cleanup();
        } catch (IOException e) {
            // Tried again at the next upload.
        }
    }

    /** The URL's path when it names one upload of this endpoint (a UUID), else null. */
    private String pathOf(String uploadUrl) {
        if (uploadUrl == null) {
            return null;
        }
        String path;
        try {
            path = java.net.URI.create(uploadUrl).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        return path != null && path.startsWith(uploadUri + "/") && path.substring(uploadUri.length() + 1).matches("[0-9a-f-]{36}")
                ? path : null;
    }
}
