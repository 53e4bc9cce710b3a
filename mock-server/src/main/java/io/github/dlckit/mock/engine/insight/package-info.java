/** What can be read about a running job: metrics, sanity-check results, dashboards, terminals and tokens. */
package io.github.dlckit.mock.engine.insight;
