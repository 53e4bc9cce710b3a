package io.github.dlckit.mock.api.view;

import io.github.dlckit.mock.engine.Times;
import io.github.dlckit.mock.engine.insight.SanityCheckPhase;
import io.github.dlckit.model.SanityCheckResultItem;

import java.util.List;
import java.util.stream.Collectors;

/** Renders sanity checks: each phase as a {@code SanityCheckResultItem}, a check as the list of its phases. */
public final class SanityCheckView {

    private SanityCheckView() {
    }

    /**
     * @param phases the phases of one check
     * @return them as the vendor's items
     */
    public static List<SanityCheckResultItem> check(List<SanityCheckPhase> phases) {
        return phases.stream().map(SanityCheckView::item).collect(Collectors.toList());
    }

    private static SanityCheckResultItem item(SanityCheckPhase p) {
        var item = SanityCheckResultItem.builder().checkNumber(p.checkNumber())
                .phase(p.phase()).startedAt(Times.iso(p.startedAt())).status(p.status()).message(p.message());
        if (p.finishedAt() != null) {
            item.finishedAt(Times.iso(p.finishedAt()));
        }
        return item.build();
    }
}
