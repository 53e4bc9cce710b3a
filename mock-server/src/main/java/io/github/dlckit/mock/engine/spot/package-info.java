/** Where jobs meet the spot market: admission of bids, placement, and the resources a spot job holds. */
package io.github.dlckit.mock.engine.spot;
