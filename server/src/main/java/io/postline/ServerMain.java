package io.postline;

public final class ServerMain {
    public static void main(String[] args) {
        System.out.println("postline");
    }
}
