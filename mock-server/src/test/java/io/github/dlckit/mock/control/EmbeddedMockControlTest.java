package io.github.dlckit.mock.control;

class EmbeddedMockControlTest extends MockControlContract {

    @Override
    MockControl control() {
        return mock.control();
    }
}
