/**
 * The vendor's answer shapes rendered from the engine's domain objects (jobs, pods, TensorBoards, templates, ...),
 * and the JSON text the engine needs ({@code DlcJsonCodec}), through the SDK's one Jackson configuration.
 */
package io.github.dlckit.mock.api.view;
