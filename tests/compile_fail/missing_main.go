package main

func notMain() {}
