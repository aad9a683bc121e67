// An empty program: Node's own start-up, the part of every process's figure that no reader can avoid.
