package org.docuportal.impact.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Every survey link comes back out of its QR code. Read as a pure barcode: ZXing's finder-pattern
 * detector, meant for camera pictures, misses about one perfectly aligned generated code in a
 * hundred (seen in CI), while the code itself is sound.
 */
class QrCodesTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void surveyLinksOnAnyPortAndWithAnyCodeRoundTrip() throws Exception {
        for (int i = 0; i < 300; i++) {
            byte[] code = new byte[32];
            random.nextBytes(code);
            String link = "http://portal-" + i + ".school.example:" + (1024 + random.nextInt(64000))
                    + "/survey.xhtml?s=" + Base64.getUrlEncoder().withoutPadding().encodeToString(code);

            assertThat(read(QrCodes.png(link, 360))).isEqualTo(link);
        }
    }

    /** The text a generated QR code encodes. */
    static String read(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
