package org.docuportal.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderStoreTest {

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    @Test
    void putOpenSizeAndDelete() throws IOException {
        LocalFolderStore store = new LocalFolderStore(root);
        store.put("kim/v0/index.m3u8", text("one"));
        store.put("kim/v0/index.m3u8", text("two!"));
        assertThat(read(store, "kim/v0/index.m3u8")).isEqualTo("two!");
        assertThat(store.size("kim/v0/index.m3u8")).contains(4L);
        assertThat(store.exists("kim/v0/index.m3u8")).isTrue();
        assertThat(store.localFile("kim/v0/index.m3u8")).contains(root.resolve("kim/v0/index.m3u8"));
        try (Stream<Path> files = Files.list(root.resolve("kim/v0"))) {
            assertThat(files).as("no temporary file left beside it").hasSize(1);
        }
        store.delete("kim/v0/index.m3u8");
        assertThat(store.open("kim/v0/index.m3u8")).isEmpty();
        assertThat(store.size("kim/v0/index.m3u8")).isEmpty();
    }

    @Test
    void keysThatLeaveTheStoreAreRefusedBeforeAnyPathIsBuilt() throws IOException {
        Files.writeString(elsewhere.resolve("secret"), "no");
        LocalFolderStore store = new LocalFolderStore(root);
        for (String hostile : new String[] {"../secret", "kim/../../secret", "/etc/passwd", "kim//x", "kim/./x", "..", "",
                "kim\\..\\x", "kim/\u0000"}) {
            assertThat(FileStore.isValidKey(hostile)).as(hostile).isFalse();
            assertThatThrownBy(() -> store.put(hostile, text("x"))).as(hostile).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.exists(hostile)).as(hostile).isFalse();
            assertThat(store.localFile(hostile)).as(hostile).isEmpty();
        }
        assertThat(FileStore.isValidKey(null)).isFalse();
    }

    @Test
    void replaceTreeSwapsTheWholeSetAndConsumesTheFolder() throws IOException {
        LocalFolderStore store = new LocalFolderStore(root);
        store.put("kim/master.m3u8", text("old"));
        store.put("kim/v0/seg_00009.ts", text("old segment"));
        Path incoming = Files.createDirectories(elsewhere.resolve("out/v0"));
        Files.writeString(incoming.resolve("seg_00000.ts"), "new segment");
        Files.writeString(elsewhere.resolve("out/master.m3u8"), "new");

        store.replaceTree("kim", elsewhere.resolve("out"));

        assertThat(read(store, "kim/master.m3u8")).isEqualTo("new");
        assertThat(read(store, "kim/v0/seg_00000.ts")).isEqualTo("new segment");
        assertThat(store.exists("kim/v0/seg_00009.ts")).as("nothing of the old set is left").isFalse();
        assertThat(elsewhere.resolve("out")).doesNotExist();
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no .new or .old folder left").containsExactly("kim");
        }
        store.deleteTree("kim");
        assertThat(root.resolve("kim")).doesNotExist();
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(FileStore store, String key) throws IOException {
        try (InputStream in = store.open(key).orElseThrow()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
