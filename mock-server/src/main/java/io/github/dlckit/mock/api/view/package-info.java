/** Wire-format support the API layer lends the engine: JSON through the SDK's one Jackson configuration. */
package io.github.dlckit.mock.api.view;
