package io.github.dlckit.sdk.spot;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Adds attempts' cost estimates: known only when every part is known. */
final class Costs {

    private Costs() {
    }

    static Optional<BigDecimal> total(List<SpotAttempt> attempts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SpotAttempt attempt : attempts) {
            if (!attempt.cost().isPresent()) {
                return Optional.empty();
            }
            sum = sum.add(attempt.cost().get());
        }
        return Optional.of(sum);
    }
}
