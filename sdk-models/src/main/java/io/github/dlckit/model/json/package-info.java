/** The one Jackson configuration of the model, and the generated reflection-free readers. */
package io.github.dlckit.model.json;
