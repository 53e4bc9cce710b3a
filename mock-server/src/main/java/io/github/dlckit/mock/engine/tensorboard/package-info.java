/** TensorBoards: creation from jobs or summaries, start, stop and their lifecycle. */
package io.github.dlckit.mock.engine.tensorboard;
