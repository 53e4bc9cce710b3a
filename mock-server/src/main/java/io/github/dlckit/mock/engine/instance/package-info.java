/** The life of a simple service instance (TensorBoard, Ray history server) between creation and its end. */
package io.github.dlckit.mock.engine.instance;
