package io.github.dlckit.mock.engine.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** M2's rounding: the arithmetic shortcut gives what rounding the double's decimal form gives, ties included. */
class PricesTest {

    @Test
    void M2_roundingADoubleToSixDecimalsMatchesItsDecimalForm_halfEven() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 200_000; i++) {
            double price;
            switch (i % 4) {
                case 0:
                    price = random.nextDouble() * 3;
                    break;
                case 1: // seven decimals ending in 5, and their neighbours: ties as the decimal form sees them
                    price = (random.nextLong(0, 30_000_000) * 10 + 5) / 1e7;
                    break;
                case 2:
                    price = Math.nextUp((random.nextLong(0, 30_000_000) * 10 + 5) / 1e7);
                    break;
                default:
                    price = -random.nextDouble() * 0.01; // a move below the floor, before the clamp
            }
            assertThat(Prices.round(price)).as("%s", price)
                    .isEqualTo(BigDecimal.valueOf(price).setScale(Prices.SCALE, RoundingMode.HALF_EVEN));
        }
        assertThat(Prices.round(0.0000125)).isEqualTo(new BigDecimal("0.000012"));
        assertThat(Prices.round(0.0000135)).isEqualTo(new BigDecimal("0.000014"));
    }
}
