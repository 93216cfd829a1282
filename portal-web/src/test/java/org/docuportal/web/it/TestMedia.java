package org.docuportal.web.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Files a distributor would upload in the studio, made by the tests themselves. */
final class TestMedia {

    private TestMedia() {
    }

    /**
     * A short 640x360 H.264 and AAC video (ffmpeg's test pattern and a sine tone), as a master to upload.
     *
     * @return false where ffmpeg is not installed, so that the caller can skip
     */
    static boolean video(Path file, int seconds) throws IOException, InterruptedException {
        try {
            Process ffmpeg = new ProcessBuilder("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc=duration=" + seconds + ":size=640x360:rate=25",
                    "-f", "lavfi", "-i", "sine=duration=" + seconds,
                    "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", file.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return ffmpeg.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** A 600x900 portrait PNG in one colour, as a poster to upload. */
    static void poster(Path file) throws IOException {
        BufferedImage image = new BufferedImage(600, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 70, 120));
        g.fillRect(0, 0, 600, 900);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
