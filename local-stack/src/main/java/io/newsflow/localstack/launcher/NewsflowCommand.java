package io.newsflow.localstack.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The Java side of {@code ./newsflow}: one subcommand per pipeline-level action. */
@Command(name = "newsflow", mixinStandardHelpOptions = true, subcommands = {UpCommand.class, UploadCommand.class, DlqCommand.class},
        description = "Runs the Newsflow pipeline on this machine.")
public final class NewsflowCommand {

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new NewsflowCommand())
                // A user needs the reason (a port in use, a missing build), not a stack trace.
                .setExecutionExceptionHandler((exception, command, parseResult) -> {
                    System.err.println("newsflow: " + exception.getMessage());
                    return 1;
                });
        System.exit(commandLine.execute(args));
    }
}
