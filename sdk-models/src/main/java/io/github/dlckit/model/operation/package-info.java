/** Operation descriptors: method, path template, parameters and required fields of each API operation. */
package io.github.dlckit.model.operation;
