import react from "@rightsdesk/eslint-config/react";

export default react;
