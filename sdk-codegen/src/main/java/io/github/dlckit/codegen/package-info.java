/** Build-time generator: the API catalogue to the model types, operation descriptors and client interfaces. */
package io.github.dlckit.codegen;
