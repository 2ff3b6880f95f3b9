package org.qawl.serve;

/** The server could not start listening: the port is in use or the host cannot be bound. */
public class ServerStartException extends RuntimeException {
    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
