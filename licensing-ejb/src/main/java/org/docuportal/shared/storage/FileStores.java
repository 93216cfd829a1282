package org.docuportal.shared.storage;

import java.nio.file.Path;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.shared.config.Setting;

/**
 * The portal's two stores, chosen once at start: {@link #media()} holds the encrypted HLS sets
 * ({@code <slug>/...}) and their keys ({@code keys/<slug>.key}) in {@code PORTAL_MEDIA_DIR},
 * the folder the nginx edge serves; {@link #images()} holds posters and other public pictures
 * in {@code PORTAL_DATA_DIR/images}.
 *
 * <p>Both are local folders today; an object store for several servers is a second
 * {@link FileStore} implementation chosen here.
 */
@ApplicationScoped
public class FileStores {

    private FileStore media;
    private FileStore images;

    @PostConstruct
    void open() {
        Path dataDir = Path.of(Setting.DATA_DIR.valueOr("./data"));
        media = new LocalFolderStore(Setting.MEDIA_DIR.value().map(Path::of).orElseGet(() -> dataDir.resolve("media")));
        images = new LocalFolderStore(dataDir.resolve("images"));
    }

    /** The encrypted HLS sets and their keys. */
    public FileStore media() {
        return media;
    }

    /** Posters and other public pictures. */
    public FileStore images() {
        return images;
    }
}
