package example;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Prints what each passing test checked (its class and method), so the build log of this project says it. */
public final class CheckedListener implements TestExecutionListener {

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL
                && test.getSource().orElse(null) instanceof MethodSource method) {
            System.out.println("checked: " + method.getClassName().replace("example.", "") + "."
                    + method.getMethodName() + " passed");
        }
    }
}
