/**
 * Binding and rendering by the API catalogue: requests checked and bound to models, answers written in the
 * catalogue's shape.
 */
package io.github.dlckit.mock.api.binding;
