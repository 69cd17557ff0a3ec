package org.mine4j.api;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Words for a failed file operation, for messages people read: "permission denied", "no such file
 * or directory", "no space left on device", never a Java class name such as {@code
 * java.nio.file.AccessDeniedException}.
 */
public final class IoProblems {
  private IoProblems() {}

  /** What went wrong, in a few words, naming the file when the exception knows it. */
  public static String describe(IOException e) {
    requireNonNull(e, "e is null");
    if (e instanceof FileSystemException fs) {
      String file = fs.getFile() == null ? "" : fs.getFile() + ": ";
      String reason = fs.getReason();
      if (e instanceof NoSuchFileException) {
        return file + "no such file or directory";
      }
      if (e instanceof AccessDeniedException) {
        return file + "permission denied";
      }
      if (e instanceof FileAlreadyExistsException) {
        return file + "already exists";
      }
      if (e instanceof NotDirectoryException) {
        return file + "not a directory";
      }
      if (e instanceof DirectoryNotEmptyException) {
        return file + "directory not empty";
      }
      return file + (reason == null ? "the file system refused the operation" : lower(reason));
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "an input/output error" : lower(message);
  }

  private static String lower(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
