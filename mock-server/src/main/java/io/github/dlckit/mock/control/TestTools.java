package io.github.dlckit.mock.control;

import io.github.dlckit.mock.fault.Faults;
import io.github.dlckit.mock.journal.RequestJournal;
import io.github.dlckit.mock.persist.ApiReplayer;
import io.github.dlckit.mock.persist.CommandLog;

/**
 * What the control API's test tools act on: the faults to inject, the journal of calls, and the command log that
 * makes the state durable and exportable (with what replays it: the scenario loader and the API's replayer).
 *
 * @param faults the faults waiting for calls
 * @param journal the journal of DLC API calls
 * @param log the command log
 * @param scenarioHook loads a state's scenario on a replay
 * @param api runs logged API calls again
 */
public record TestTools(Faults faults, RequestJournal journal, CommandLog log, ScenarioHook scenarioHook,
                        ApiReplayer api) {
}
